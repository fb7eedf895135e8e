package dev.lambdaharness.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaharness.core.corpus.CorpusCode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
 * For any records, failures and settings, every Kafka record is delivered once in offset order per
 * partition by a successful invocation or falls in a batch reported to the on-failure destination;
 * and every Amazon MQ message ends acknowledged or in the dead-letter queue, never both, never lost;
 * whatever the function's reserved concurrency, while batches of several partitions, or five ActiveMQ
 * batches, run at once.
 */
class BrokerMappingProperties {

    private static final String FAILURES = "arn:aws:sqs:us-east-1:123456789012:kafka-failures";

    @Property(tries = 20)
    void everyKafkaRecordIsDeliveredInOrderPerPartitionOrReportedInAFailureRecord(
            @ForAll("values") List<String> values,
            @ForAll @IntRange(min = 1, max = 6) int batchSize,
            @ForAll @IntRange(min = 0, max = 2) int maximumRetryAttempts,
            @ForAll boolean bisect,
            @ForAll @IntRange(min = 0, max = 3) int reservedConcurrency) {
        List<InvocationResult> invocations = new CopyOnWriteArrayList<>();
        try (LambdaRuntime runtime = runtime(invocations)) {
            KafkaTopic topic = runtime.kafkaTopic("orders", 3);
            Map<Integer, List<Long>> sent = new HashMap<>();
            for (int i = 0; i < values.size(); i++) {
                KafkaTopic.Sent put = topic.send("key-" + (i % 5), values.get(i) + "#" + i);
                sent.computeIfAbsent(put.partition(), p -> new ArrayList<>()).add(put.offset());
            }
            LambdaFunction function = runtime.function(FunctionConfig.builder(
                    "dev.lambdaharness.core.corpus.KafkaInstructions::handle").build(), CorpusCode.code());
            reserve(function, reservedConcurrency);

            runtime.eventSourceMapping(function, EventSourceMappingConfig.builder(topic).batchSize(batchSize)
                    .maximumRetryAttempts(maximumRetryAttempts).bisectBatchOnFunctionError(bisect)
                    .onFailureDestination(FAILURES).build());

            assertThat(runtime.settleEventSources(Duration.ofSeconds(30))).isTrue();
            Map<Integer, List<Long>> ended = new HashMap<>();
            for (InvocationResult result : invocations) {
                if (result.succeeded()) {
                    for (JsonNode record : result.payloadAsJson().get("records")) {
                        List<Long> partition = ended.computeIfAbsent(record.get("partition").asInt(), p -> new ArrayList<>());
                        long offset = record.get("offset").asLong();
                        assertThat(partition.isEmpty() || partition.get(partition.size() - 1) < offset)
                                .as("in order on partition " + record.get("partition")).isTrue();
                        partition.add(offset);
                    }
                }
            }
            for (DeliveredRecord failure : runtime.destination(FAILURES).records()) {
                JsonNode info = failure.bodyAsJson().get("KafkaBatchInfo");
                int reported = 0;
                for (Map.Entry<String, JsonNode> range : info.get("recordsInfo").properties()) {
                    int partition = Integer.parseInt(range.getKey().substring("orders-".length()));
                    long first = Long.parseLong(range.getValue().get("firstRecordOffset").asText());
                    long last = Long.parseLong(range.getValue().get("lastRecordOffset").asText());
                    List<Long> offsets = sent.get(partition).stream().filter(o -> o >= first && o <= last).toList();
                    reported += offsets.size();
                    ended.computeIfAbsent(partition, p -> new ArrayList<>()).addAll(offsets);
                }
                assertThat(reported).isEqualTo(info.get("batchSize").asInt());
            }
            for (Map.Entry<Integer, List<Long>> partition : sent.entrySet()) {
                List<Long> all = new ArrayList<>(ended.getOrDefault(partition.getKey(), List.of()));
                // Successes come in order; given-up batches join them in place: the whole is the partition, once each.
                all.sort(Long::compare);
                assertThat(all).as("partition " + partition.getKey()).containsExactlyElementsOf(partition.getValue());
            }
        }
    }

    @Property(tries = 15)
    void everyMqMessageEndsAcknowledgedOrInTheDeadLetterQueue(
            @ForAll("values") List<String> values,
            @ForAll @IntRange(min = 1, max = 6) int batchSize,
            @ForAll boolean rabbit,
            @ForAll @IntRange(min = 0, max = 6) int reservedConcurrency) {
        List<InvocationResult> invocations = new CopyOnWriteArrayList<>();
        try (LambdaRuntime runtime = runtime(invocations)) {
            MqQueue queue = rabbit ? runtime.rabbitMqQueue("b", "q") : runtime.activeMqQueue("b", "q");
            Set<String> sent = new HashSet<>();
            for (int i = 0; i < values.size(); i++) {
                sent.add(values.get(i) + "#" + i);
                queue.send(values.get(i) + "#" + i);
            }
            LambdaFunction function = runtime.function(FunctionConfig.builder(
                    "dev.lambdaharness.core.corpus.MqInstructions::handle").build(), CorpusCode.code());
            reserve(function, reservedConcurrency);

            runtime.eventSourceMapping(function, EventSourceMappingConfig.builder(queue).batchSize(batchSize).build());

            assertThat(runtime.settleEventSources(Duration.ofSeconds(30))).isTrue();
            Set<String> succeeded = new HashSet<>();
            for (InvocationResult result : invocations) {
                if (result.succeeded()) {
                    result.payloadAsJson().get("messages").forEach(m -> assertThat(succeeded.add(m.get("data").asText()))
                            .as("acknowledged once").isTrue());
                }
            }
            Set<String> dead = new HashSet<>();
            queue.deadLetters().forEach(m -> {
                assertThat(m.deliveries()).isEqualTo(queue.maximumRedeliveries() + 1);
                dead.add(m.data());
            });
            assertThat(queue.size()).isZero();
            assertThat(succeeded).as("acknowledged and dead-lettered").noneMatch(dead::contains);
            Set<String> ended = new HashSet<>(succeeded);
            ended.addAll(dead);
            assertThat(ended).isEqualTo(sent);
            assertThat(queue.acknowledgedCount()).isEqualTo(succeeded.size());
        }
    }

    /** Caps the batches at once by the function's reserved concurrency; 0 for none (one batch per partition, five on ActiveMQ). */
    private static void reserve(LambdaFunction function, int reservedConcurrency) {
        if (reservedConcurrency > 0) {
            function.putReservedConcurrency(reservedConcurrency);
        }
    }

    private static LambdaRuntime runtime(List<InvocationResult> invocations) {
        return LambdaRuntime.builder().clock(RuntimeClock.virtual(Instant.parse("2026-01-01T00:00:00Z")))
                .invocationListener((function, result) -> invocations.add(result)).build();
    }

    @Provide
    Arbitrary<List<String>> values() {
        return Arbitraries.of("ok", "ok", "ok", "throw").list().ofMinSize(1).ofMaxSize(12);
    }
}
