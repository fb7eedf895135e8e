package dev.lambdaharness.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaharness.core.corpus.CorpusCode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Asynchronous invocation of a forked function: its retries run in the child with one request id. */
class AsyncInvocationForkedIT {

    private static final String FAILURES = "arn:aws:sqs:us-east-1:123456789012:failures";

    @Test
    void aFailingEventIsRetriedInTheChildAndEndsInTheOnFailureDestination() {
        VirtualClock clock = RuntimeClock.virtual(Instant.parse("2026-01-01T00:00:00Z"));
        List<InvocationResult> invocations = new CopyOnWriteArrayList<>();
        try (LambdaRuntime runtime = LambdaRuntime.builder().clock(clock)
                .invocationListener((function, result) -> invocations.add(result)).build()) {
            LambdaFunction function = runtime.function(FunctionConfig.builder("dev.lambdaharness.core.corpus.Throws")
                    .functionName("orders").asyncInvoke(AsyncInvokeConfig.DEFAULT.withOnFailureDestination(FAILURES)).build(),
                    CorpusCode.code(), Isolation.FORKED);

            AsyncInvocation accepted = function.invokeAsync("\"x\"");

            assertThat(runtime.settleAsync(Duration.ofSeconds(60))).isEmpty();
            assertThat(invocations).extracting(InvocationResult::requestId)
                    .containsExactly(accepted.requestId(), accepted.requestId(), accepted.requestId());
            assertThat(function.environments()).hasSize(1);
            JsonNode record = runtime.destination(FAILURES).records().get(0).bodyAsJson();
            assertThat(record.at("/requestContext/condition").asText()).isEqualTo("RetriesExhausted");
            assertThat(record.at("/requestContext/approximateInvokeCount").asInt()).isEqualTo(3);
            assertThat(record.at("/responsePayload/errorType").asText()).isEqualTo("java.lang.IllegalStateException");
            assertThat(function.metrics().invocations()).isEqualTo(3);
        }
    }
}
