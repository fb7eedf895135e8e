package dev.lambdaharness.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaharness.core.corpus.CorpusCode;
import dev.lambdaharness.core.internal.esm.LocalKafkaTopic;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kafka topics (MSK and self-managed) and their event source mappings, on a virtual clock. */
class KafkaEventSourceMappingTest {

    private static final Duration SETTLE = Duration.ofSeconds(30);
    private static final String FAILURES = "arn:aws:sqs:us-east-1:123456789012:kafka-failures";
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    private final VirtualClock clock = RuntimeClock.virtual(START);
    private final List<InvocationResult> invocations = new CopyOnWriteArrayList<>();
    private final List<Instant> invokedAt = new CopyOnWriteArrayList<>();
    private final LambdaRuntime runtime = LambdaRuntime.builder().clock(clock)
            .invocationListener((function, result) -> {
                invocations.add(result);
                invokedAt.add(clock.instant());
            }).build();

    @AfterEach
    void close() {
        runtime.close();
    }

    private LambdaFunction function(String handler) {
        return runtime.function(FunctionConfig.builder(handler).functionName("orders").build(), CorpusCode.code());
    }

    private LambdaFunction instructed() {
        return function("dev.lambdaharness.core.corpus.KafkaInstructions::handle");
    }

    /** The values each invocation carried ("threw" for one that threw), in the order the invocations ended. */
    private List<List<String>> batches() {
        List<List<String>> batches = new ArrayList<>();
        for (InvocationResult result : invocations) {
            List<String> values = new ArrayList<>();
            if (result.succeeded()) {
                result.payloadAsJson().get("records").forEach(record -> values.add(record.get("value").asText()));
            } else {
                values.add("threw");
            }
            batches.add(values);
        }
        return batches;
    }

    @Test
    void theDefaultPartitionerPlacesAKeyByItsMurmur2HashAsKafkasClientsDo() {
        // Kafka's own vectors (UtilsTest.testMurmur2).
        assertThat(LocalKafkaTopic.murmur2("21".getBytes(StandardCharsets.UTF_8))).isEqualTo(-973932308);
        assertThat(LocalKafkaTopic.murmur2("foobar".getBytes(StandardCharsets.UTF_8))).isEqualTo(-790332482);
        assertThat(LocalKafkaTopic.murmur2("abc".getBytes(StandardCharsets.UTF_8))).isEqualTo(479470107);
        assertThat(LocalKafkaTopic.murmur2("a-little-bit-longer-string".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(-1486304829);
        KafkaTopic topic = runtime.kafkaTopic("orders", 5);
        assertThat(topic.send("foobar", "v").partition()).isEqualTo((-790332482 & 0x7fffffff) % 5);
        assertThat(topic.send("foobar", "w")).isEqualTo(new KafkaTopic.Sent((-790332482 & 0x7fffffff) % 5, 1));
    }

    @Test
    void mskRecordsReachTheFunctionInTheKafkaEventsShapeGroupedByTopicAndPartition() {
        KafkaTopic topic = runtime.kafkaTopic("orders", 2);
        topic.send(0, "ORD-1001", "{\"status\":\"PLACED\"}", Map.of("type", "OrderPlaced"),
                Instant.parse("2025-12-31T23:59:59.500Z"));
        topic.send(1, null, "second");
        topic.send(0, "ORD-1002", "third");

        runtime.eventSourceMapping(function("dev.lambdaharness.core.corpus.EchoesEvent::handle"),
                EventSourceMappingConfig.builder(topic).build());

        assertThat(runtime.settleEventSources(SETTLE)).isTrue();
        assertThat(invocations).hasSize(1);
        JsonNode event = invocations.get(0).payloadAsJson();
        assertThat(event.get("eventSource").asText()).isEqualTo("aws:kafka");
        assertThat(event.get("eventSourceArn").asText())
                .matches("arn:aws:kafka:us-east-1:123456789012:cluster/local-cluster/[0-9a-f-]{36}-[0-9]")
                .isEqualTo(topic.clusterArn().orElseThrow());
        assertThat(event.get("bootstrapServers").asText()).isEqualTo(topic.bootstrapServers()).contains(":9098");
        assertThat(List.of(event.get("records").fieldNames().next(), event.get("records").size()))
                .containsExactly("orders-0", 2);
        JsonNode first = event.at("/records/orders-0/0");
        assertThat(first.toString()).isEqualTo("{\"topic\":\"orders\",\"partition\":0,\"offset\":0,"
                + "\"timestamp\":1767225599500,\"timestampType\":\"CREATE_TIME\",\"key\":\"T1JELTEwMDE=\","
                + "\"value\":\"" + base64("{\"status\":\"PLACED\"}") + "\","
                + "\"headers\":[{\"type\":[79,114,100,101,114,80,108,97,99,101,100]}]}");
        assertThat(event.at("/records/orders-0/1/offset").asLong()).isEqualTo(1);
        assertThat(event.at("/records/orders-1/0").has("key")).isFalse();
        // CREATE_TIME from the runtime's clock when none is given.
        assertThat(Instant.ofEpochMilli(event.at("/records/orders-1/0/timestamp").asLong())).isBetween(START, clock.instant());
    }

    @Test
    void aSelfManagedClustersEventsHaveItsServersAndNoArn() {
        KafkaTopic topic = runtime.selfManagedKafkaTopic("payments", 1, "kafka-1.internal.example.com:9092");
        topic.send("PAY-1", "paid");

        runtime.eventSourceMapping(function("dev.lambdaharness.core.corpus.EchoesEvent::handle"),
                EventSourceMappingConfig.builder(topic).build());

        assertThat(runtime.settleEventSources(SETTLE)).isTrue();
        JsonNode event = invocations.get(0).payloadAsJson();
        assertThat(event.get("eventSource").asText()).isEqualTo("SelfManagedKafka");
        assertThat(event.get("bootstrapServers").asText()).isEqualTo("kafka-1.internal.example.com:9092");
        assertThat(event.has("eventSourceArn")).isFalse();
        assertThat(event.at("/records/payments-0/0/offset").asLong()).isZero();
    }

    /**
     * A function that answers how many of its invocations it saw running at once ({@code HoldsForPeers}),
     * its first {@code expected} invocations holding on until they see that many.
     */
    static LambdaFunction holdsForPeers(LambdaRuntime runtime, Path peersDirectory, int expected) {
        return runtime.function(FunctionConfig.builder("dev.lambdaharness.core.corpus.HoldsForPeers::handle")
                .functionName("peers").timeout(Duration.ofSeconds(30)).environment("PEERS_DIR", peersDirectory.toString())
                .environment("EXPECT_PEERS", Integer.toString(expected)).build(), CorpusCode.code());
    }

    /** The most invocations each invocation saw running at once. */
    static List<Integer> together(List<InvocationResult> invocations) {
        return invocations.stream().map(result -> result.payloadAsJson().get("together").asInt()).toList();
    }

    /** A topic of three partitions with two records in each. */
    private KafkaTopic twoRecordsInEachOfThreePartitions() {
        KafkaTopic topic = runtime.kafkaTopic("orders", 3);
        for (int i = 0; i < 6; i++) {
            topic.send(i % 3, null, "r" + i);
        }
        return topic;
    }

    @Test
    void partitionsRunABatchEachAtOnceAndNeverTwo(@TempDir Path peers) {
        KafkaTopic topic = twoRecordsInEachOfThreePartitions();

        EventSourceMapping mapping = runtime.eventSourceMapping(holdsForPeers(runtime, peers, 3),
                EventSourceMappingConfig.builder(topic).batchSize(1).build());

        assertThat(mapping.concurrency()).isEqualTo(3);
        assertThat(runtime.settleEventSources(SETTLE)).isTrue();
        assertThat(invocations).hasSize(6).allMatch(InvocationResult::succeeded);
        assertThat(together(invocations)).allMatch(together -> together <= 3).contains(3);
        assertThat(invocations).allMatch(result -> !result.payloadAsJson().get("partitionShared").asBoolean());
        assertThat(topic.endOffset(0)).isEqualTo(2);
    }

    @Test
    void theFunctionsReservedConcurrencyCapsTheBatchesAtOnce(@TempDir Path peers) {
        KafkaTopic topic = twoRecordsInEachOfThreePartitions();
        LambdaFunction function = holdsForPeers(runtime, peers, 2);
        function.putReservedConcurrency(2);

        EventSourceMapping mapping = runtime.eventSourceMapping(function,
                EventSourceMappingConfig.builder(topic).batchSize(1).build());

        assertThat(mapping.concurrency()).isEqualTo(2);
        assertThat(runtime.settleEventSources(SETTLE)).isTrue();
        assertThat(invocations).hasSize(6).allMatch(InvocationResult::succeeded);
        assertThat(together(invocations)).allMatch(together -> together <= 2).contains(2);
        assertThat(mapping.metrics().throttledBatches()).isZero();
    }

    @Test
    void aFailingPartitionWaitsForItsRetryWhileTheOthersGoOnInOrder() {
        KafkaTopic topic = runtime.kafkaTopic("orders", 2);
        topic.send(0, null, "throw");
        topic.send(0, null, "next");
        for (int i = 0; i < 3; i++) {
            topic.send(1, null, "p1-" + i);
        }

        runtime.eventSourceMapping(instructed(), EventSourceMappingConfig.builder(topic).batchSize(1)
                .maximumRetryAttempts(2).build());

        assertThat(runtime.settleEventSources(SETTLE)).isTrue();
        List<String> partitionOne = batches().stream().flatMap(List::stream).filter(v -> v.startsWith("p1-")).toList();
        assertThat(partitionOne).containsExactly("p1-0", "p1-1", "p1-2");
        // Partition 1 went through while partition 0's batch waited out its three tries, a second apart.
        List<String> all = batches().stream().map(batch -> String.join(",", batch)).toList();
        assertThat(all.indexOf("p1-2")).isLessThan(all.lastIndexOf("threw"));
        assertThat(all).endsWith("next").filteredOn("threw"::equals).hasSize(3);
    }

    @Test
    void theWindowStartsAtTheFirstRecordNotWhenThePollerBecameFree() {
        KafkaTopic topic = runtime.kafkaTopic("orders", 1);
        EventSourceMapping mapping = runtime.eventSourceMapping(instructed(), EventSourceMappingConfig.builder(topic)
                .enabled(false).build());
        topic.send("k", "a");
        clock.advance(Duration.ofMillis(400));
        mapping.enable();
        clock.advance(Duration.ofMillis(50));
        topic.send("k", "b");

        assertThat(runtime.settleEventSources(SETTLE)).isTrue();
        // 500 ms from "a" at 0 ms: a stream's window would have started at 400 ms, when the poller was free,
        // and ended at 900 ms. (The listener hears an invocation when it ends: the clock counts its run.)
        assertThat(batches()).containsExactly(List.of("a", "b"));
        assertThat(invokedAt).hasSize(1).allSatisfy(at -> assertThat(at).isBetween(START.plusMillis(500),
                START.plusMillis(899)));
    }

    @Test
    void aBatchClosesAtItsSizeBeforeTheWindowEnds() {
        KafkaTopic topic = runtime.kafkaTopic("orders", 1);
        for (int i = 0; i < 5; i++) {
            topic.send("k", "r" + i);
        }

        runtime.eventSourceMapping(instructed(), EventSourceMappingConfig.builder(topic).batchSize(2)
                .maximumBatchingWindow(Duration.ofSeconds(10)).build());

        assertThat(runtime.settleEventSources(SETTLE)).isTrue();
        assertThat(batches()).containsExactly(List.of("r0", "r1"), List.of("r2", "r3"), List.of("r4"));
        assertThat(invokedAt.subList(0, 2)).allSatisfy(at -> assertThat(at).isBefore(START.plusSeconds(1)));
        assertThat(invokedAt.get(2)).isBetween(START.plusSeconds(10), START.plusSeconds(11));
    }

    @Test
    void aBatchStopsShortOf6Mb() {
        KafkaTopic topic = runtime.kafkaTopic("orders", 1);
        for (int i = 0; i < 7; i++) {
            topic.send("k", String.valueOf(i).repeat(1_000_000));
        }

        runtime.eventSourceMapping(function("dev.lambdaharness.core.corpus.KafkaInstructions::count"),
                EventSourceMappingConfig.builder(topic).build());

        assertThat(runtime.settleEventSources(SETTLE)).isTrue();
        // Each value is 1,333,336 bytes in base64: four make 5.3 MB, a fifth would pass 6 MB.
        assertThat(invocations).extracting(result -> result.payloadAsJson().asInt()).containsExactly(4, 3);
    }

    @Test
    void anErrorIsRetriedInOrderUntilRetriesRunOutThenTheOnFailureDestinationGetsKafkaBatchInfo() {
        KafkaTopic topic = runtime.kafkaTopic("orders", 2);
        topic.send(1, "k", "throw");
        topic.send(1, "k", "after");
        EventSourceMapping mapping = runtime.eventSourceMapping(instructed(), EventSourceMappingConfig.builder(topic)
                .batchSize(1).maximumRetryAttempts(2).onFailureDestination(FAILURES).build());

        assertThat(runtime.settleEventSources(SETTLE)).isTrue();
        assertThat(batches()).containsExactly(List.of("threw"), List.of("threw"), List.of("threw"), List.of("after"));
        JsonNode record = runtime.destination(FAILURES).records().get(0).bodyAsJson();
        assertThat(record.at("/requestContext/condition").asText()).isEqualTo("RetryAttemptsExhausted");
        assertThat(record.at("/requestContext/approximateInvokeCount").asInt()).isEqualTo(3);
        assertThat(record.at("/requestContext/functionArn").asText())
                .isEqualTo("arn:aws:lambda:us-east-1:123456789012:function:orders");
        assertThat(record.at("/requestContext/requestId").asText()).isEqualTo(invocations.get(2).requestId());
        assertThat(record.at("/responseContext").toString())
                .isEqualTo("{\"statusCode\":200,\"executedVersion\":\"$LATEST\",\"functionError\":\"Unhandled\"}");
        assertThat(record.get("version").asText()).isEqualTo("1.0");
        JsonNode info = record.get("KafkaBatchInfo");
        assertThat(info.get("batchSize").asInt()).isEqualTo(1);
        assertThat(info.get("eventSourceArn").asText()).isEqualTo(topic.clusterArn().orElseThrow());
        assertThat(info.get("bootstrapServers").asText()).isEqualTo(topic.bootstrapServers());
        assertThat(info.get("payloadSize").asInt()).isPositive();
        assertThat(info.get("recordsInfo").size()).isEqualTo(1);
        JsonNode range = info.at("/recordsInfo/orders-1");
        assertThat(List.of(range.get("firstRecordOffset").asText(), range.get("lastRecordOffset").asText()))
                .containsExactly("0", "0");
        assertThat(Instant.parse(range.get("firstRecordTimestamp").asText())).isBetween(START, START.plusSeconds(1))
                .isEqualTo(Instant.parse(range.get("lastRecordTimestamp").asText()));
        assertThat(mapping.metrics().batchesDiscarded()).isEqualTo(1);
        assertThat(mapping.metrics().failedInvocations()).isEqualTo(3);
    }

    @Test
    void bisectingIsolatesAPoisonRecordAndItsNeighboursGoThrough() {
        KafkaTopic topic = runtime.kafkaTopic("orders", 1);
        for (int i = 0; i < 4; i++) {
            topic.send("k", i == 2 ? "throw-2" : "r" + i);
        }

        runtime.eventSourceMapping(instructed(), EventSourceMappingConfig.builder(topic).batchSize(4)
                .bisectBatchOnFunctionError(true).maximumRetryAttempts(0).onFailureDestination(FAILURES).build());

        assertThat(runtime.settleEventSources(SETTLE)).isTrue();
        // [0..3] threw, [0,1] ok, [2,3] threw, [2] threw and is given up, [3] ok.
        assertThat(batches()).containsExactly(List.of("threw"), List.of("r0", "r1"), List.of("threw"),
                List.of("threw"), List.of("r3"));
        JsonNode info = runtime.destination(FAILURES).records().get(0).bodyAsJson().get("KafkaBatchInfo");
        assertThat(info.at("/recordsInfo/orders-0/firstRecordOffset").asText()).isEqualTo("2");
    }

    @Test
    void recordsOlderThanTheMaximumAgeAreReportedWithoutAResponseContext() {
        KafkaTopic topic = runtime.selfManagedKafkaTopic("payments", 1, "kafka-1:9092");
        topic.send("k", "throw");

        runtime.eventSourceMapping(instructed(), EventSourceMappingConfig.builder(topic).maximumRecordAgeInSeconds(60)
                .onFailureDestination(FAILURES).build());

        assertThat(runtime.settleEventSources(SETTLE)).isTrue();
        JsonNode record = runtime.destination(FAILURES).records().get(0).bodyAsJson();
        assertThat(record.at("/requestContext/condition").asText()).isEqualTo("RecordAgeExceeded");
        assertThat(record.has("responseContext")).isFalse();
        assertThat(record.at("/KafkaBatchInfo").has("eventSourceArn")).isFalse();
        assertThat(record.at("/KafkaBatchInfo/bootstrapServers").asText()).isEqualTo("kafka-1:9092");
    }

    @Test
    void filtersMatchTheDecodedKeyAndValueAndSkipWhatMatchesNone() {
        KafkaTopic topic = runtime.kafkaTopic("orders", 1);
        topic.send("ORD-1", "{\"status\":\"PLACED\"}");
        topic.send("ORD-2", "{\"status\":\"CANCELLED\"}");
        topic.send("REF-3", "{\"status\":\"PLACED\"}");
        topic.send("ORD-4", "plain text");

        EventSourceMapping mapping = runtime.eventSourceMapping(instructed(), EventSourceMappingConfig.builder(topic)
                .filterPattern("{\"key\":[{\"prefix\":\"ORD-\"}],\"value\":{\"status\":[\"PLACED\"]}}")
                .filterPattern("{\"value\":[\"plain text\"]}").build());

        assertThat(runtime.settleEventSources(SETTLE)).isTrue();
        assertThat(batches()).containsExactly(List.of("{\"status\":\"PLACED\"}", "plain text"));
        assertThat(mapping.metrics().recordsFilteredOut()).isEqualTo(2);
    }

    @Test
    void latestReadsOnlyRecordsSentAfterTheMapping() {
        KafkaTopic topic = runtime.kafkaTopic("orders", 1);
        topic.send("k", "before");
        runtime.eventSourceMapping(instructed(), EventSourceMappingConfig.builder(topic)
                .startingPosition(EventSourceMappingConfig.StartingPosition.LATEST).build());
        topic.send("k", "after");

        assertThat(runtime.settleEventSources(SETTLE)).isTrue();
        assertThat(batches()).containsExactly(List.of("after"));
    }

    @Test
    void atTimestampStartsEachPartitionAtItsFirstRecordStampedThenOrLater() {
        KafkaTopic topic = runtime.kafkaTopic("orders", 2);
        Instant from = START.plusSeconds(60);
        topic.send(0, null, "old", Map.of(), START);
        topic.send(0, null, "new", Map.of(), from);
        topic.send(1, null, "older", Map.of(), START.minusSeconds(5));
        // A record's own timestamp decides, as Kafka's offsetsForTimes looks it up, not when it was sent.
        topic.send(1, null, "stamped-later", Map.of(), from.plusSeconds(1));

        runtime.eventSourceMapping(instructed(), EventSourceMappingConfig.builder(topic)
                .startingPosition(EventSourceMappingConfig.StartingPosition.AT_TIMESTAMP).startingPositionTimestamp(from)
                .build());
        topic.send(1, null, "sent-after", Map.of(), START);

        assertThat(runtime.settleEventSources(SETTLE)).isTrue();
        assertThat(batches().stream().flatMap(List::stream).toList())
                .containsExactlyInAnyOrder("new", "stamped-later", "sent-after");
    }

    @Test
    void settingsOfOtherSourcesAreRefusedNotIgnored() {
        KafkaTopic topic = runtime.kafkaTopic("orders", 1);
        assertThatThrownBy(() -> EventSourceMappingConfig.builder(topic).tumblingWindow(Duration.ofSeconds(60)).build())
                .isInstanceOfSatisfying(InvalidConfigurationException.class, e -> {
                    assertThat(e.setting()).isEqualTo("TumblingWindowInSeconds");
                    assertThat(e.lambdaErrorCode()).isEqualTo("InvalidParameterValueException");
                }).hasMessageContaining("not a setting of a Kafka mapping");
        assertThatThrownBy(() -> EventSourceMappingConfig.builder(topic)
                .startingPosition(EventSourceMappingConfig.StartingPosition.AT_TIMESTAMP).build())
                .isInstanceOfSatisfying(InvalidConfigurationException.class,
                        e -> assertThat(e.setting()).isEqualTo("StartingPositionTimestamp"));
        assertThatThrownBy(() -> EventSourceMappingConfig.builder(topic).startingPositionTimestamp(START).build())
                .hasMessageContaining("only read with StartingPosition AT_TIMESTAMP");
    }

    @Test
    void badInputIsRefusedWithTheSettingTheValueTheRangeAndTheErrorCode() {
        KafkaTopic topic = runtime.kafkaTopic("orders", 2);
        assertThatThrownBy(() -> EventSourceMappingConfig.builder(topic).batchSize(0).build())
                .isInstanceOfSatisfying(InvalidConfigurationException.class, e -> {
                    assertThat(e.setting()).isEqualTo("BatchSize");
                    assertThat(e.lambdaErrorCode()).isEqualTo("ValidationException");
                }).hasMessageContaining("1 to 10000");
        assertThatThrownBy(() -> EventSourceMappingConfig.builder(topic).batchSize(10_001).build())
                .hasMessageContaining("BatchSize 10001 is out of range");
        assertThatThrownBy(() -> EventSourceMappingConfig.builder(topic).maximumBatchingWindow(Duration.ofSeconds(301))
                .build()).hasMessageContaining("MaximumBatchingWindowInSeconds 301 is out of range").hasMessageContaining("0 to 300");
        assertThatThrownBy(() -> EventSourceMappingConfig.builder(topic).parallelizationFactor(2).build())
                .isInstanceOfSatisfying(InvalidConfigurationException.class,
                        e -> assertThat(e.lambdaErrorCode()).isEqualTo("InvalidParameterValueException"))
                .hasMessageContaining("ParallelizationFactor is not a setting of a Kafka mapping");
        assertThatThrownBy(() -> topic.send(2, "k", "v"))
                .isInstanceOfSatisfying(InvalidConfigurationException.class, e -> {
                    assertThat(e.setting()).isEqualTo("Partition");
                    assertThat(e.value()).isEqualTo("2");
                    assertThat(e.lambdaErrorCode()).isEqualTo("UnknownTopicOrPartitionException");
                }).hasMessageContaining("its partitions are 0 to 1");
        assertThatThrownBy(() -> topic.send("k", "x".repeat(LocalKafkaTopic.MAX_RECORD_BYTES)))
                .isInstanceOfSatisfying(InvalidConfigurationException.class,
                        e -> assertThat(e.lambdaErrorCode()).isEqualTo("RecordTooLargeException"))
                .hasMessageContaining("1048588");
        assertThatThrownBy(() -> runtime.kafkaTopic("orders", 1)).hasMessageContaining("TopicExistsException");
        assertThatThrownBy(() -> runtime.kafkaTopic("bad name", 1)).hasMessageContaining("InvalidTopicException");
        assertThatThrownBy(() -> runtime.kafkaTopic("empty", 0)).hasMessageContaining("at least 1");
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
