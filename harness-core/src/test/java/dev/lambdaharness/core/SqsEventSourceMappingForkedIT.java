package dev.lambdaharness.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaharness.core.corpus.CorpusCode;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * An SQS mapping driving a forked function: the real runtime interface client reads the batch as
 * an {@code SQSEvent} and its {@code SQSBatchResponse} names the failed message by the id the queue gave it.
 */
class SqsEventSourceMappingForkedIT {

    @Test
    void theRuntimeClientReadsTheBatchAndItsPartialResponseSendsTheFailedMessageToTheDeadLetterQueue() {
        VirtualClock clock = RuntimeClock.virtual(Instant.parse("2026-01-01T00:00:00Z"));
        try (LambdaRuntime runtime = LambdaRuntime.builder().clock(clock).build()) {
            SqsQueue deadLetters = runtime.sqsQueue(SqsQueueConfig.builder("orders-dlq").build());
            SqsQueue orders = runtime.sqsQueue(SqsQueueConfig.builder("orders").redrive(deadLetters, 1).build());
            LambdaFunction function = runtime.function(FunctionConfig.builder("dev.lambdaharness.core.corpus.SqsBatch")
                    .functionName("orders").build(), CorpusCode.code(), Isolation.FORKED);
            orders.send("{\"order\":1}");
            orders.send("{\"order\":2,\"fail\":true}");

            EventSourceMapping mapping = runtime.eventSourceMapping(function,
                    EventSourceMappingConfig.builder(orders).reportBatchItemFailures(true).build());

            assertThat(runtime.settleEventSources(Duration.ofSeconds(60))).isTrue();
            assertThat(deadLetters.bodies()).containsExactly("{\"order\":2,\"fail\":true}");
            assertThat(orders.size()).isZero();
            // Received once (maxReceiveCount 1), the failed message moves on its next receive, without a second invocation.
            assertThat(mapping.metrics().invocations()).isEqualTo(1);
            assertThat(mapping.metrics().recordsReportedFailed()).isEqualTo(1);
            assertThat(function.environments()).hasSize(1);
        }
    }
}
