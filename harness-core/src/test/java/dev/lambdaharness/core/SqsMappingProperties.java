package dev.lambdaharness.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaharness.core.corpus.CorpusCode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * For any mix of messages that succeed, are reported failed or fail their whole batch, any batch
 * size and any {@code maxReceiveCount}, every SQS message ends exactly once (deleted after a
 * success, or in the dead-letter queue), and no message is delivered again once deleted.
 */
class SqsMappingProperties {

    @Property(tries = 35)
    void everyMessageEndsDeletedOrInTheDeadLetterQueueAndIsNeverDeliveredAfterItsDeletion(
            @ForAll("instructions") List<String> instructions,
            @ForAll @IntRange(min = 1, max = 10) int batchSize,
            @ForAll @IntRange(min = 1, max = 3) int maxReceiveCount,
            @ForAll boolean reportBatchItemFailures) {
        VirtualClock clock = RuntimeClock.virtual(Instant.parse("2026-01-01T00:00:00Z"));
        List<InvocationResult> invocations = new CopyOnWriteArrayList<>();
        try (LambdaRuntime runtime = LambdaRuntime.builder().clock(clock)
                .invocationListener((function, result) -> invocations.add(result)).build()) {
            SqsQueue deadLetters = runtime.sqsQueue(SqsQueueConfig.builder("dlq").build());
            SqsQueue orders = runtime.sqsQueue(SqsQueueConfig.builder("orders").redrive(deadLetters, maxReceiveCount).build());
            Map<String, String> sent = new LinkedHashMap<>();
            for (String instruction : instructions) {
                sent.put(orders.send(instruction), instruction);
            }
            LambdaFunction function = runtime.function(FunctionConfig.builder(
                    "dev.lambdaharness.core.corpus.SqsInstructions::handle").build(), CorpusCode.code());

            runtime.eventSourceMapping(function, EventSourceMappingConfig.builder(orders).batchSize(batchSize)
                    .reportBatchItemFailures(reportBatchItemFailures).build());

            assertThat(runtime.settleEventSources(Duration.ofSeconds(30))).isTrue();
            Set<String> deleted = new HashSet<>();
            for (InvocationResult result : invocations) {
                if (!result.succeeded()) {
                    continue;
                }
                for (JsonNode record : result.payloadAsJson().get("records")) {
                    String id = record.get("messageId").asText();
                    assertThat(deleted).as("delivered after its deletion").doesNotContain(id);
                    if (!(reportBatchItemFailures && record.get("body").asText().contains("fail"))) {
                        deleted.add(id);
                    }
                }
            }
            List<String> inDeadLetterQueue = new ArrayList<>();
            deadLetters.messages().forEach(message -> inDeadLetterQueue.add(message.messageId()));
            assertThat(orders.messages()).isEmpty();
            assertThat(java.util.Collections.disjoint(deleted, inDeadLetterQueue)).as("deleted and dead-lettered").isTrue();
            Set<String> ended = new HashSet<>(deleted);
            ended.addAll(inDeadLetterQueue);
            assertThat(ended).containsExactlyInAnyOrderElementsOf(sent.keySet());
            assertThat(inDeadLetterQueue).hasSize(new HashSet<>(inDeadLetterQueue).size());
            assertThat(orders.deletedCount()).isEqualTo(deleted.size());
        }
    }

    @Provide
    Arbitrary<List<String>> instructions() {
        return Arbitraries.of("ok", "ok", "fail", "throw").list().ofMinSize(1).ofMaxSize(12);
    }
}
