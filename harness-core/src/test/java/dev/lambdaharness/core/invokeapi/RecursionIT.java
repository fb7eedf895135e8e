package dev.lambdaharness.core.invokeapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaharness.core.AsyncInvokeConfig;
import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.core.LambdaRuntime;
import dev.lambdaharness.core.RecursiveInvocationException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A function invoking itself through the SDK is stopped after {@value RecursiveInvocationException#MAX_INVOCATIONS}
 * invocations, counted through the trace header's lineage: synchronous callers get
 * {@code RecursiveInvocationException}, an asynchronous event goes to the on-failure destination.
 */
class RecursionIT {

    private static final String FAILURES = "arn:aws:sqs:us-east-1:123456789012:loops";

    @Test
    void aSynchronousLoopIsStoppedAtTheSeventeenthInvocation() {
        try (LambdaRuntime runtime = LambdaRuntime.builder().invokeApi(true).build()) {
            LambdaFunction loop = runtime.function(FunctionConfig.builder("dev.lambdaharness.core.invokeapi.CallsItself")
                    .functionName("loop").timeout(60).build(), InvokeApiCode.code());

            InvocationResult result = loop.invoke("{}");

            assertThat(result.error()).isEmpty();
            assertThat(result.payloadAsString()).isEqualTo("\"stopped: RecursiveInvocationException 400\"");
            assertThat(loop.metrics().invocations()).isEqualTo(RecursiveInvocationException.MAX_INVOCATIONS);
        }
    }

    @Test
    void anAsynchronousLoopEndsInTheOnFailureDestination() {
        try (LambdaRuntime runtime = LambdaRuntime.builder().invokeApi(true).build()) {
            LambdaFunction loop = runtime.function(FunctionConfig.builder("dev.lambdaharness.core.invokeapi.CallsItself")
                    .functionName("loop").environment("INVOCATION_TYPE", "Event")
                    .asyncInvoke(AsyncInvokeConfig.DEFAULT.withOnFailureDestination(FAILURES)).build(), InvokeApiCode.code());

            loop.invokeAsync("{\"n\":1}");

            assertThat(runtime.settleAsync(Duration.ofSeconds(60))).isEmpty();
            assertThat(loop.metrics().invocations()).isEqualTo(RecursiveInvocationException.MAX_INVOCATIONS);
            assertThat(runtime.destination(FAILURES).records()).hasSize(1);
            JsonNode record = runtime.destination(FAILURES).records().get(0).bodyAsJson();
            assertThat(record.at("/requestContext/condition").asText()).isEqualTo("RecursiveInvocationException");
            assertThat(record.at("/requestContext/approximateInvokeCount").asInt()).isZero();
            assertThat(record.at("/requestPayload/n").asInt()).isEqualTo(1);
            assertThat(record.has("responseContext")).isFalse();
        }
    }
}
