package dev.lambdaharness.core.network;

import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.InvocationRequest;
import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.core.Isolation;
import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.core.LambdaRuntime;
import dev.lambdaharness.core.TracingMode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The real X-Ray SDK, run by the RIC in a forked child, sends its subsegments to the runtime's loopback sink. */
class TraceSegmentsIT {

    private final LambdaRuntime runtime = LambdaRuntime.create();

    @AfterEach
    void close() {
        runtime.close();
    }

    @Test
    void theSdksSubsegmentsReachTheRuntimesSinkFromAChild() {
        LambdaFunction function = runtime.function(FunctionConfig.builder(Traced.class.getName())
                .tracing(TracingMode.ACTIVE).build(), NetworkCode.code(), Isolation.FORKED);

        InvocationResult result = function.invoke(InvocationRequest.of("\"lookup\"")
                .withTraceHeader(TraceSegmentsTest.HEADER));

        TraceSegmentsTest.assertCaptured(runtime, result);
    }
}
