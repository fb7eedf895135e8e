package dev.lambdaharness.core.network;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.InvocationRequest;
import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.core.LambdaRuntime;
import dev.lambdaharness.core.TraceSegment;
import dev.lambdaharness.core.TracingMode;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The real X-Ray SDK, run in-process, sends its subsegments to the runtime's loopback daemon sink. */
class TraceSegmentsTest {

    static final String ROOT = "1-5759e988-bd862e3fe1be46a994272793";
    static final String HEADER = "Root=" + ROOT + ";Parent=53995c3f42cd8ad8;Sampled=1";

    private final LambdaRuntime runtime = LambdaRuntime.create();

    @AfterEach
    void close() {
        runtime.close();
    }

    @Test
    void theSdksSubsegmentsReachTheRuntimesSink() {
        // The X-Ray SDK's first start in a JVM takes seconds on a busy machine: more than Lambda's default 3 s timeout.
        LambdaFunction function = runtime.function(FunctionConfig.builder(Traced.class.getName())
                .tracing(TracingMode.ACTIVE).timeout(30).build(), NetworkCode.code());

        InvocationResult result = function.invoke(InvocationRequest.of("\"lookup\"").withTraceHeader(HEADER));

        assertCaptured(runtime, result);
    }

    @Test
    void segmentsOfManyInvocationsAreAllKeptThoughNoTestReadsThemInBetween() {
        LambdaFunction function = runtime.function(FunctionConfig.builder(SendsSegments.class.getName()).build(),
                NetworkCode.code());

        // 12,000 datagrams: more than the sink's socket buffers at once (4 MB asked for, doubled by Linux).
        for (int i = 0; i < 120; i++) {
            assertThat(function.invoke("100").succeeded()).isTrue();
        }

        assertThat(runtime.traceSegments()).hasSize(12_000);
    }

    static void assertCaptured(LambdaRuntime runtime, InvocationResult result) {
        assertThat(result.succeeded()).as(result.logText()).isTrue();
        assertThat(result.payloadAsString()).isEqualTo("\"" + runtime.xrayDaemonAddress() + "\"");
        assertThat(runtime.xrayDaemonAddress()).startsWith("127.0.0.1:");
        List<TraceSegment> segments = runtime.traceSegments();
        assertThat(segments).hasSize(1);
        TraceSegment segment = segments.get(0);
        assertThat(segment.name()).isEqualTo("lookup");
        assertThat(segment.type()).isEqualTo("subsegment");
        assertThat(segment.traceId()).isEqualTo(ROOT);
        assertThat(segment.parentId()).contains("53995c3f42cd8ad8");
        assertThat(segment.id()).matches("[0-9a-f]{16}");
        assertThat(segment.endTime()).hasValueSatisfying(end -> assertThat(end).isAfterOrEqualTo(segment.startTime()));
        assertThat(segment.json()).contains(result.requestId());
    }
}
