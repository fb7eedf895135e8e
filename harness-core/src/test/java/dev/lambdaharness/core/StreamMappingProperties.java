package dev.lambdaharness.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaharness.core.corpus.CorpusCode;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * For any records over two shards, any failures, batch size, retry limit and bisecting, every
 * stream record is delivered exactly once in order per shard by a successful invocation, or falls
 * in a batch reported to the on-failure destination; and bisecting isolates a poison record in at
 * most ⌈log2(batch)⌉ + 1 invocations that hold it (the harness's model: AWS documents no number).
 * With a tumbling window, for any arrivals and batch size, no batch mixes windows and each window
 * ends with one final invocation whose state counts exactly the records that arrived in it.
 */
class StreamMappingProperties {

    private static final String FAILURES = "arn:aws:sqs:us-east-1:123456789012:stream-failures";
    private static final String HANDLER = "dev.lambdaharness.core.corpus.KinesisInstructions::handle";

    @Property(tries = 30)
    void everyRecordIsDeliveredInOrderPerShardOrReportedInAFailureRecord(
            @ForAll("records") List<String> records,
            @ForAll @IntRange(min = 1, max = 8) int batchSize,
            @ForAll @IntRange(min = 0, max = 2) int maximumRetryAttempts,
            @ForAll boolean bisect) {
        VirtualClock clock = RuntimeClock.virtual(Instant.parse("2026-01-01T00:00:00Z"));
        List<InvocationResult> invocations = new CopyOnWriteArrayList<>();
        try (LambdaRuntime runtime = LambdaRuntime.builder().clock(clock)
                .invocationListener((function, result) -> invocations.add(result)).build()) {
            KinesisStream stream = runtime.kinesisStream("clicks", 2);
            Map<String, List<BigInteger>> sent = new HashMap<>();
            for (int i = 0; i < records.size(); i++) {
                KinesisStream.PutResult put = stream.putRecord("key-" + (i % 5), records.get(i) + "#" + i);
                sent.computeIfAbsent(put.shardId(), shard -> new ArrayList<>()).add(new BigInteger(put.sequenceNumber()));
            }
            LambdaFunction function = runtime.function(FunctionConfig.builder(HANDLER).build(), CorpusCode.code());

            runtime.eventSourceMapping(function, EventSourceMappingConfig.builder(stream).batchSize(batchSize)
                    .maximumRetryAttempts(maximumRetryAttempts).bisectBatchOnFunctionError(bisect)
                    .onFailureDestination(FAILURES).build());

            assertThat(runtime.settleEventSources(Duration.ofSeconds(30))).isTrue();
            Map<String, List<BigInteger>> delivered = new HashMap<>();
            for (InvocationResult result : invocations) {
                if (result.succeeded()) {
                    for (JsonNode record : result.payloadAsJson().get("records")) {
                        String shard = stream.shardIdOf(record.get("partitionKey").asText());
                        delivered.computeIfAbsent(shard, s -> new ArrayList<>())
                                .add(new BigInteger(record.get("sequenceNumber").asText()));
                    }
                }
            }
            for (DeliveredRecord failure : runtime.destination(FAILURES).records()) {
                JsonNode info = failure.bodyAsJson().get("KinesisBatchInfo");
                BigInteger start = new BigInteger(info.get("startSequenceNumber").asText());
                BigInteger end = new BigInteger(info.get("endSequenceNumber").asText());
                List<BigInteger> reported = sent.get(info.get("shardId").asText()).stream()
                        .filter(seq -> seq.compareTo(start) >= 0 && seq.compareTo(end) <= 0).toList();
                assertThat(reported).hasSize(info.get("batchSize").asInt());
                delivered.computeIfAbsent(info.get("shardId").asText(), s -> new ArrayList<>()).addAll(reported);
            }
            for (Map.Entry<String, List<BigInteger>> shard : sent.entrySet()) {
                List<BigInteger> ended = new ArrayList<>(delivered.getOrDefault(shard.getKey(), List.of()));
                // Successes come in order; given-up batches join them in place: the whole is the shard, once each, in order.
                ended.sort(BigInteger::compareTo);
                assertThat(ended).as(shard.getKey()).containsExactlyElementsOf(shard.getValue());
            }
            assertSuccessesInOrder(invocations, stream);
        }
    }

    private static void assertSuccessesInOrder(List<InvocationResult> invocations, KinesisStream stream) {
        Map<String, BigInteger> last = new HashMap<>();
        for (InvocationResult result : invocations) {
            if (!result.succeeded()) {
                continue;
            }
            for (JsonNode record : result.payloadAsJson().get("records")) {
                String shard = stream.shardIdOf(record.get("partitionKey").asText());
                BigInteger seq = new BigInteger(record.get("sequenceNumber").asText());
                BigInteger before = last.put(shard, seq);
                assertThat(before == null || before.compareTo(seq) < 0).as("in order on " + shard).isTrue();
            }
        }
    }

    @Property(tries = 25)
    void bisectingIsolatesAPoisonRecordWithinLog2OfTheBatchPlusOneInvocations(
            @ForAll @IntRange(min = 2, max = 16) int batchSize,
            @ForAll @IntRange(min = 0, max = 15) int poisonIndex) {
        int poison = poisonIndex % batchSize;
        VirtualClock clock = RuntimeClock.virtual(Instant.parse("2026-01-01T00:00:00Z"));
        List<InvocationResult> invocations = new CopyOnWriteArrayList<>();
        try (LambdaRuntime runtime = LambdaRuntime.builder().clock(clock)
                .invocationListener((function, result) -> invocations.add(result)).build()) {
            KinesisStream stream = runtime.kinesisStream("clicks", 1);
            for (int i = 0; i < batchSize; i++) {
                stream.putRecord("k", i == poison ? "throw" : "ok " + i);
            }
            LambdaFunction function = runtime.function(FunctionConfig.builder(HANDLER).build(), CorpusCode.code());

            runtime.eventSourceMapping(function, EventSourceMappingConfig.builder(stream).batchSize(batchSize)
                    .maximumRetryAttempts(0).bisectBatchOnFunctionError(true).onFailureDestination(FAILURES).build());

            assertThat(runtime.settleEventSources(Duration.ofSeconds(30))).isTrue();
            long holdingThePoison = invocations.stream().filter(result -> !result.succeeded()).count();
            int bound = 32 - Integer.numberOfLeadingZeros(batchSize - 1) + 1;
            assertThat(holdingThePoison).isLessThanOrEqualTo(bound);
            assertThat(runtime.destination(FAILURES).records()).singleElement()
                    .satisfies(record -> assertThat(record.bodyAsJson().at("/KinesisBatchInfo/batchSize").asInt()).isOne());
        }
    }

    @Property(tries = 15)
    void eachTumblingWindowEndsOnceWithAStateThatCountsItsRecords(
            @ForAll @Size(min = 1, max = 25) List<@IntRange(min = 0, max = 150) Integer> gapsInSeconds,
            @ForAll @IntRange(min = 1, max = 8) int batchSize,
            @ForAll @IntRange(min = 1, max = 3) int windowMinutes) {
        VirtualClock clock = RuntimeClock.virtual(Instant.parse("2026-01-01T00:00:00Z"));
        List<InvocationResult> invocations = new CopyOnWriteArrayList<>();
        try (LambdaRuntime runtime = LambdaRuntime.builder().clock(clock)
                .invocationListener((function, result) -> invocations.add(result)).build()) {
            KinesisStream stream = runtime.kinesisStream("clicks", 1);
            long windowSeconds = windowMinutes * 60L;
            Map<String, Integer> arrived = new HashMap<>();
            for (int gap : gapsInSeconds) {
                clock.advance(Duration.ofSeconds(gap));
                stream.putRecord("k", "r");
                long start = clock.instant().getEpochSecond() / windowSeconds * windowSeconds;
                arrived.merge(Instant.ofEpochSecond(start).toString(), 1, Integer::sum);
            }
            LambdaFunction function = runtime.function(FunctionConfig.builder(
                    "dev.lambdaharness.core.corpus.KinesisWindowTotals::handleRequest").build(), CorpusCode.code());

            runtime.eventSourceMapping(function, EventSourceMappingConfig.builder(stream).batchSize(batchSize)
                    .tumblingWindow(Duration.ofMinutes(windowMinutes)).build());

            assertThat(runtime.settleEventSources(Duration.ofSeconds(30))).isTrue();
            Map<String, Integer> finals = new HashMap<>();
            for (InvocationResult result : invocations) {
                JsonNode state = result.payloadAsJson().get("state");
                String log = state.get("log").asText();
                String[] entry = log.substring(log.lastIndexOf(';') + 1).split("\\|");
                if (Boolean.parseBoolean(entry[2])) {
                    assertThat(finals.put(entry[0], state.get("count").asInt())).as("one final for " + entry[0]).isNull();
                } else {
                    assertThat(Integer.parseInt(entry[1])).isBetween(1, batchSize);
                }
            }
            assertThat(finals).isEqualTo(arrived);
        }
    }

    @Provide
    Arbitrary<List<String>> records() {
        return Arbitraries.of("ok", "ok", "ok", "throw").list().ofMinSize(1).ofMaxSize(14);
    }
}
