package dev.lambdaharness.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaharness.core.corpus.CorpusCode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Kinesis stream model and its event source mapping (with tumbling windows and AT_TIMESTAMP), on a virtual clock. */
class KinesisEventSourceMappingTest {

    private static final Duration SETTLE = Duration.ofSeconds(30);
    private static final String FAILURES = "arn:aws:sqs:us-east-1:123456789012:stream-failures";
    private static final String ARN = "arn:aws:lambda:us-east-1:123456789012:function:clicks";

    private final VirtualClock clock = RuntimeClock.virtual(Instant.parse("2026-01-01T00:00:00Z"));
    private final List<InvocationResult> invocations = new CopyOnWriteArrayList<>();
    private final LambdaRuntime runtime = LambdaRuntime.builder().clock(clock)
            .invocationListener((function, result) -> invocations.add(result)).build();

    @AfterEach
    void close() {
        runtime.close();
    }

    private LambdaFunction function() {
        return runtime.function(FunctionConfig.builder("dev.lambdaharness.core.corpus.KinesisInstructions::handle")
                .functionName("clicks").build(), CorpusCode.code());
    }

    /** The data each invocation carried ("throw" for one that threw), in the order the invocations ended. */
    private List<List<String>> batches() {
        List<List<String>> batches = new ArrayList<>();
        for (InvocationResult result : invocations) {
            List<String> data = new ArrayList<>();
            if (result.succeeded()) {
                result.payloadAsJson().get("records").forEach(record -> data.add(record.get("data").asText()));
            } else {
                data.add("threw");
            }
            batches.add(data);
        }
        return batches;
    }

    /** A stream of one shard holding these records, in order, under one partition key. */
    private KinesisStream streamOf(String... data) {
        KinesisStream stream = runtime.kinesisStream("clicks", 1);
        for (String each : data) {
            stream.putRecord("k", each);
        }
        return stream;
    }

    @Test
    void aPartitionKeyGoesToTheShardWhoseHashKeyRangeHoldsItsMd5() throws Exception {
        KinesisStream stream = runtime.kinesisStream("clicks", 2);
        for (int i = 0; i < 50; i++) {
            String key = "user-" + i;
            byte[] md5 = MessageDigest.getInstance("MD5").digest(key.getBytes(StandardCharsets.UTF_8));
            // Two shards split the 128-bit range in half: the top bit of the hash picks the shard.
            String expected = (md5[0] & 0x80) != 0 ? "shardId-000000000001" : "shardId-000000000000";
            assertThat(stream.putRecord(key, "x").shardId()).as(key).isEqualTo(expected);
        }
        assertThat(stream.sequenceNumbers("shardId-000000000000")).isNotEmpty();
        assertThat(stream.sequenceNumbers("shardId-000000000001")).isNotEmpty();
    }

    @Test
    void recordsHaveTheShapeOfTheKinesisEventAndIncreasingSequenceNumbers() {
        KinesisStream stream = runtime.kinesisStream("clicks", 1);
        KinesisStream.PutResult first = stream.putRecord("user-1", "{\"page\":\"/\"}");
        KinesisStream.PutResult second = stream.putRecord("user-2", "{\"page\":\"/cart\"}");
        assertThat(new java.math.BigInteger(second.sequenceNumber())).isGreaterThan(new java.math.BigInteger(first.sequenceNumber()));
        assertThat(first.sequenceNumber()).hasSize(56);

        EventSourceMapping mapping = runtime.eventSourceMapping(function(), EventSourceMappingConfig.builder(stream).build());

        assertThat(runtime.settleEventSources(SETTLE)).isTrue();
        assertThat(batches()).containsExactly(List.of("{\"page\":\"/\"}", "{\"page\":\"/cart\"}"));
        JsonNode record = invocations.get(0).payloadAsJson().at("/records/0");
        assertThat(record.get("sequenceNumber").asText()).isEqualTo(first.sequenceNumber());
        assertThat(record.get("partitionKey").asText()).isEqualTo("user-1");
        assertThat(mapping.concurrency()).isEqualTo(1);
    }

    @Test
    void anErrorBlocksTheShardUntilRetriesRunOutThenTheBatchGoesToTheOnFailureDestination() {
        KinesisStream stream = runtime.kinesisStream("clicks", 1);
        KinesisStream.PutResult poison = stream.putRecord("k", "throw");
        EventSourceMapping mapping = runtime.eventSourceMapping(function(), EventSourceMappingConfig.builder(stream)
                .batchSize(1).maximumRetryAttempts(2).onFailureDestination(FAILURES).build());
        stream.putRecord("k", "after");

        assertThat(runtime.settleEventSources(SETTLE)).isTrue();
        assertThat(batches()).containsExactly(List.of("threw"), List.of("threw"), List.of("threw"), List.of("after"));
        JsonNode record = runtime.destination(FAILURES).records().get(0).bodyAsJson();
        assertThat(record.at("/requestContext/condition").asText()).isEqualTo("RetryAttemptsExhausted");
        assertThat(record.at("/requestContext/approximateInvokeCount").asInt()).isEqualTo(3);
        assertThat(record.at("/requestContext/functionArn").asText()).isEqualTo(ARN);
        assertThat(record.at("/requestContext/requestId").asText()).isEqualTo(invocations.get(2).requestId());
        assertThat(record.at("/responseContext").toString())
                .isEqualTo("{\"statusCode\":200,\"executedVersion\":\"$LATEST\",\"functionError\":\"Unhandled\"}");
        assertThat(record.get("version").asText()).isEqualTo("1.0");
        JsonNode info = record.get("KinesisBatchInfo");
        assertThat(info.get("shardId").asText()).isEqualTo("shardId-000000000000");
        assertThat(info.get("startSequenceNumber").asText()).isEqualTo(poison.sequenceNumber());
        assertThat(info.get("endSequenceNumber").asText()).isEqualTo(poison.sequenceNumber());
        assertThat(info.get("batchSize").asInt()).isEqualTo(1);
        assertThat(info.get("streamArn").asText()).isEqualTo("arn:aws:kinesis:us-east-1:123456789012:stream/clicks");
        assertThat(info.get("approximateArrivalOfFirstRecord").asText()).endsWith("Z");
        assertThat(mapping.metrics().batchesDiscarded()).isEqualTo(1);
    }

    @Test
    void bisectingIsolatesAPoisonRecordInLog2OfTheBatchPlusOneInvocationsThatHoldIt() {
        KinesisStream stream = runtime.kinesisStream("clicks", 1);
        List<String> data = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            data.add(i == 5 ? "throw-5" : "r" + i);
            stream.putRecord("k", data.get(i));
        }

        runtime.eventSourceMapping(function(), EventSourceMappingConfig.builder(stream).batchSize(8)
                .bisectBatchOnFunctionError(true).maximumRetryAttempts(0).onFailureDestination(FAILURES).build());

        assertThat(runtime.settleEventSources(SETTLE)).isTrue();
        // [0..7] threw, [0..3] ok, [4..7] threw, [4,5] threw, [4] ok, [5] threw and is given up: 4 held the poison.
        assertThat(batches()).containsExactly(List.of("threw"), List.of("r0", "r1", "r2", "r3"), List.of("threw"),
                List.of("threw"), List.of("r4"), List.of("threw"), List.of("r6", "r7"));
        JsonNode info = runtime.destination(FAILURES).records().get(0).bodyAsJson().get("KinesisBatchInfo");
        assertThat(info.get("batchSize").asInt()).isEqualTo(1);
    }

    @Test
    void aPartialResponseCheckpointsBeforeTheLowestReportedSequenceNumber() {
        KinesisStream stream = runtime.kinesisStream("clicks", 1);
        stream.putRecord("k", "a");
        KinesisStream.PutResult failed = stream.putRecord("k", "b fail");
        stream.putRecord("k", "c");

        runtime.eventSourceMapping(function(), EventSourceMappingConfig.builder(stream).reportBatchItemFailures(true)
                .maximumRetryAttempts(1).onFailureDestination(FAILURES).build());

        assertThat(runtime.settleEventSources(SETTLE)).isTrue();
        assertThat(batches()).containsExactly(List.of("a", "b fail", "c"), List.of("b fail", "c"));
        JsonNode info = runtime.destination(FAILURES).records().get(0).bodyAsJson().get("KinesisBatchInfo");
        assertThat(info.get("startSequenceNumber").asText()).isEqualTo(failed.sequenceNumber());
        assertThat(info.get("batchSize").asInt()).isEqualTo(2);
    }

    @Test
    void recordsOlderThanTheMaximumAgeAreReportedWithoutAResponseContext() {
        KinesisStream stream = runtime.kinesisStream("clicks", 1);
        stream.putRecord("k", "throw");

        runtime.eventSourceMapping(function(), EventSourceMappingConfig.builder(stream).maximumRecordAgeInSeconds(60)
                .onFailureDestination(FAILURES).build());

        assertThat(runtime.settleEventSources(SETTLE)).isTrue();
        JsonNode record = runtime.destination(FAILURES).records().get(0).bodyAsJson();
        assertThat(record.at("/requestContext/condition").asText()).isEqualTo("RecordAgeExceeded");
        assertThat(record.has("responseContext")).isFalse();
        assertThat(invocations).isNotEmpty().allMatch(result -> !result.succeeded());
    }

    @Test
    void withAParallelizationFactorEachPartitionKeyKeepsItsOrder() {
        KinesisStream stream = runtime.kinesisStream("clicks", 1);
        Map<String, List<String>> sent = new LinkedHashMap<>();
        for (int i = 0; i < 24; i++) {
            String key = "key-" + (i % 6);
            String data = key + "#" + i;
            sent.computeIfAbsent(key, k -> new ArrayList<>()).add(data);
            stream.putRecord(key, data);
        }

        EventSourceMapping mapping = runtime.eventSourceMapping(function(), EventSourceMappingConfig.builder(stream)
                .batchSize(2).parallelizationFactor(3).build());

        assertThat(mapping.concurrency()).isEqualTo(3);
        assertThat(runtime.settleEventSources(SETTLE)).isTrue();
        Map<String, List<String>> delivered = new LinkedHashMap<>();
        batches().forEach(batch -> batch.forEach(data -> delivered.computeIfAbsent(data.substring(0, data.indexOf('#')),
                k -> new ArrayList<>()).add(data)));
        assertThat(delivered).isEqualTo(sent);
    }

    @Test
    void iteratorAgeIsTheAgeOfTheBatchsLastRecordOnTheClock() {
        KinesisStream stream = runtime.kinesisStream("clicks", 1);
        EventSourceMapping mapping = runtime.eventSourceMapping(function(), EventSourceMappingConfig.builder(stream)
                .enabled(false).build());
        stream.putRecord("k", "old");
        clock.advance(Duration.ofMinutes(10));

        mapping.enable();

        assertThat(runtime.settleEventSources(SETTLE)).isTrue();
        assertThat(mapping.metrics().iteratorAge()).isGreaterThanOrEqualTo(Duration.ofMinutes(10));
        assertThat(mapping.metrics().maximumIteratorAge()).isEqualTo(mapping.metrics().iteratorAge());
    }

    @Test
    void latestSkipsTheRecordsPutBeforeTheMapping() {
        KinesisStream stream = runtime.kinesisStream("clicks", 1);
        stream.putRecord("k", "before");

        runtime.eventSourceMapping(function(), EventSourceMappingConfig.builder(stream)
                .startingPosition(EventSourceMappingConfig.StartingPosition.LATEST).build());
        stream.putRecord("k", "after");

        assertThat(runtime.settleEventSources(SETTLE)).isTrue();
        assertThat(batches()).containsExactly(List.of("after"));
    }

    @Test
    void dataIsFilteredAsDecodedJsonAndNonJsonDataMatchesNoDataPattern() {
        KinesisStream stream = streamOf("{\"type\":\"order\"}", "{\"type\":\"refund\"}", "order");

        EventSourceMapping mapping = runtime.eventSourceMapping(function(), EventSourceMappingConfig.builder(stream)
                .filterPattern("{\"data\":{\"type\":[\"order\"]}}").build());

        assertThat(runtime.settleEventSources(SETTLE)).isTrue();
        assertThat(batches()).containsExactly(List.of("{\"type\":\"order\"}"));
        assertThat(mapping.metrics().recordsFilteredOut()).isEqualTo(2);
        assertThatThrownBy(() -> runtime.eventSourceMapping(function(), EventSourceMappingConfig.builder(stream)
                .filterPattern("{\"data\":[\"order\"]}").build()))
                .isInstanceOfSatisfying(InvalidConfigurationException.class,
                        e -> assertThat(e.getMessage()).contains("Invalid filter pattern definition."));
    }

    @Test
    void streamSettingsOutOfRangeAndAnUnknownShardAreRefused() {
        KinesisStream stream = runtime.kinesisStream("clicks", 1);
        SqsQueue queue = runtime.sqsQueue(SqsQueueConfig.builder("orders").build());
        assertThatThrownBy(() -> EventSourceMappingConfig.builder(stream).parallelizationFactor(11).build())
                .isInstanceOfSatisfying(InvalidConfigurationException.class, e -> {
                    assertThat(e.setting()).isEqualTo("ParallelizationFactor");
                    assertThat(e.lambdaErrorCode()).isEqualTo("ValidationException");
                    assertThat(e.getMessage()).contains("1 to 10");
                });
        assertThatThrownBy(() -> EventSourceMappingConfig.builder(stream).maximumRetryAttempts(10001).build())
                .isInstanceOfSatisfying(InvalidConfigurationException.class,
                        e -> assertThat(e.getMessage()).contains("-1 to 10000"));
        assertThatThrownBy(() -> EventSourceMappingConfig.builder(stream).maximumRecordAgeInSeconds(30).build())
                .isInstanceOfSatisfying(InvalidConfigurationException.class,
                        e -> assertThat(e.lambdaErrorCode()).isEqualTo("InvalidParameterValueException"));
        assertThatThrownBy(() -> EventSourceMappingConfig.builder(stream).maximumConcurrency(5).build())
                .isInstanceOfSatisfying(InvalidConfigurationException.class,
                        e -> assertThat(e.setting()).isEqualTo("ScalingConfig"));
        assertThatThrownBy(() -> EventSourceMappingConfig.builder(queue).bisectBatchOnFunctionError(true).build())
                .isInstanceOfSatisfying(InvalidConfigurationException.class,
                        e -> assertThat(e.setting()).isEqualTo("BisectBatchOnFunctionError"));
        assertThatThrownBy(() -> stream.sequenceNumbers("shardId-000000000009"))
                .isInstanceOfSatisfying(InvalidConfigurationException.class,
                        e -> assertThat(e.lambdaErrorCode()).isEqualTo("ResourceNotFoundException"));
        assertThatThrownBy(() -> stream.putRecord("k", new byte[1_048_576]))
                .isInstanceOfSatisfying(InvalidConfigurationException.class,
                        e -> assertThat(e.getMessage()).contains("1048576"));
        assertThat(EventSourceMappingConfig.builder(stream).build().batchSize()).isEqualTo(100);
    }

    @Test
    void filteringComesBeforeBatchingSoDroppedRecordsTakeNoPlaceInTheBatchNorItsSixMegabytes() {
        KinesisStream stream = runtime.kinesisStream("clicks", 1);
        for (int i = 0; i < 25; i++) {
            stream.putRecord("k", i % 5 < 2 ? "{\"type\":\"order\",\"n\":" + i + "}" : "{\"type\":\"refund\"}");
        }
        // Five large matching records (about 6.0 MB in the event), a large one that matches no filter, then a
        // small matching one: the dropped record does not push the small one out of the batch's 6 MB.
        String large = "x".repeat(900_000);
        for (int i = 0; i < 5; i++) {
            stream.putRecord("k", "{\"type\":\"order\",\"pad\":\"" + large + "\"}");
        }
        stream.putRecord("k", "{\"type\":\"refund\",\"pad\":\"" + large + "\"}");
        stream.putRecord("k", "{\"type\":\"order\",\"n\":\"last\"}");

        EventSourceMapping mapping = runtime.eventSourceMapping(function(), EventSourceMappingConfig.builder(stream)
                .batchSize(10).filterPattern("{\"data\":{\"type\":[\"order\"]}}").build());

        assertThat(runtime.settleEventSources(SETTLE)).isTrue();
        List<List<String>> batches = batches();
        assertThat(batches).hasSize(2);
        assertThat(batches.get(0)).hasSize(10).allMatch(data -> data.contains("order"));
        assertThat(batches.get(1)).hasSize(6).allMatch(data -> data.contains("order"));
        assertThat(batches.get(1).get(5)).contains("last");
        assertThat(mapping.metrics().recordsFilteredOut()).isEqualTo(16);
        assertThat(mapping.metrics().recordsDelivered()).isEqualTo(16);
    }

    @Test
    void atTimestampStartsAtTheFirstRecordThatArrivedThenOrLaterOnTheClock() {
        KinesisStream stream = runtime.kinesisStream("clicks", 1);
        stream.putRecord("k", "early");
        clock.advance(Duration.ofMinutes(1));
        Instant from = clock.instant();
        stream.putRecord("k", "on time");
        clock.advance(Duration.ofSeconds(1));
        stream.putRecord("k", "later");

        runtime.eventSourceMapping(function(), EventSourceMappingConfig.builder(stream)
                .startingPosition(EventSourceMappingConfig.StartingPosition.AT_TIMESTAMP).startingPositionTimestamp(from)
                .build());

        assertThat(runtime.settleEventSources(SETTLE)).isTrue();
        assertThat(batches()).containsExactly(List.of("on time", "later"));
    }

    @Test
    void atATimestampStillAheadTheMappingWaitsForRecordsThatArriveFromThen() {
        KinesisStream stream = runtime.kinesisStream("clicks", 1);
        runtime.eventSourceMapping(function(), EventSourceMappingConfig.builder(stream)
                .startingPosition(EventSourceMappingConfig.StartingPosition.AT_TIMESTAMP)
                .startingPositionTimestamp(clock.instant().plusSeconds(60)).build());
        stream.putRecord("k", "too early");
        clock.advance(Duration.ofSeconds(60));
        stream.putRecord("k", "on time");

        assertThat(runtime.settleEventSources(SETTLE)).isTrue();
        assertThat(batches()).containsExactly(List.of("on time"));
    }

    @Test
    void atTimestampAndTumblingWindowsAreRefusedWhereLambdaRefusesThem() {
        KinesisStream stream = runtime.kinesisStream("clicks", 1);
        DynamoDbTable table = runtime.dynamoDbTable("Orders", "NEW_IMAGE", "pk");
        SqsQueue queue = runtime.sqsQueue(SqsQueueConfig.builder("orders").build());
        Instant now = clock.instant();
        EventSourceMappingConfig.StartingPosition atTimestamp = EventSourceMappingConfig.StartingPosition.AT_TIMESTAMP;
        assertThatThrownBy(() -> EventSourceMappingConfig.builder(table).startingPosition(atTimestamp)
                .startingPositionTimestamp(now).build()).isInstanceOfSatisfying(InvalidConfigurationException.class, e -> {
                    assertThat(e.setting()).isEqualTo("StartingPosition");
                    assertThat(e.value()).isEqualTo("AT_TIMESTAMP");
                    assertThat(e.lambdaErrorCode()).isEqualTo("InvalidParameterValueException");
                    assertThat(e.getMessage()).contains("a DynamoDB stream", "TRIM_HORIZON or LATEST");
                });
        assertThatThrownBy(() -> EventSourceMappingConfig.builder(queue).startingPosition(atTimestamp)
                .startingPositionTimestamp(now).build()).isInstanceOfSatisfying(InvalidConfigurationException.class,
                        e -> assertThat(e.getMessage()).contains("an SQS queue"));
        assertThatThrownBy(() -> EventSourceMappingConfig.builder(stream).startingPosition(atTimestamp).build())
                .isInstanceOfSatisfying(InvalidConfigurationException.class,
                        e -> assertThat(e.setting()).isEqualTo("StartingPositionTimestamp"));
        assertThatThrownBy(() -> EventSourceMappingConfig.builder(stream).startingPositionTimestamp(now).build())
                .isInstanceOfSatisfying(InvalidConfigurationException.class,
                        e -> assertThat(e.getMessage()).contains("only read with StartingPosition AT_TIMESTAMP"));
        assertThatThrownBy(() -> EventSourceMappingConfig.builder(stream).tumblingWindow(Duration.ofSeconds(901)).build())
                .isInstanceOfSatisfying(InvalidConfigurationException.class, e -> {
                    assertThat(e.setting()).isEqualTo("TumblingWindowInSeconds");
                    assertThat(e.lambdaErrorCode()).isEqualTo("ValidationException");
                    assertThat(e.getMessage()).contains("0 to 900");
                });
        assertThatThrownBy(() -> EventSourceMappingConfig.builder(queue).tumblingWindow(Duration.ofSeconds(60)).build())
                .isInstanceOfSatisfying(InvalidConfigurationException.class,
                        e -> assertThat(e.setting()).isEqualTo("TumblingWindowInSeconds"));
    }

    /** A function that aggregates tumbling windows through aws-lambda-java-events' classes. */
    private LambdaFunction totals() {
        return runtime.function(FunctionConfig.builder("dev.lambdaharness.core.corpus.KinesisWindowTotals::handleRequest")
                .functionName("totals").build(), CorpusCode.code());
    }

    private void at(String time) {
        clock.advance(Duration.between(clock.instant(), Instant.parse(time)));
    }

    /** The state each invocation answered, in the order the invocations ended. */
    private List<JsonNode> states() {
        List<JsonNode> states = new ArrayList<>();
        for (InvocationResult result : invocations) {
            JsonNode state = result.payloadAsJson().get("state");
            states.add(state == null || state.isNull() ? null : state);
        }
        return states;
    }

    /** The last entry of each answered state's log: "start|records|final|early" of the invocation that answered it. */
    private List<String> log() {
        List<String> entries = new ArrayList<>();
        for (JsonNode state : states()) {
            if (state == null) {
                entries.add("no state");
                continue;
            }
            String log = state.get("log").asText();
            entries.add(log.substring(log.lastIndexOf(';') + 1));
        }
        return entries;
    }

    @Test
    void windowsAreAlignedOnTheClockAndEachEndsWithOneFinalInvocationWithoutRecords() {
        KinesisStream stream = runtime.kinesisStream("clicks", 1);
        at("2026-01-01T00:01:10Z");
        stream.putRecord("k", "a");
        at("2026-01-01T00:01:50Z");
        stream.putRecord("k", "b");
        at("2026-01-01T00:02:05Z");
        stream.putRecord("k", "c");

        runtime.eventSourceMapping(totals(), EventSourceMappingConfig.builder(stream)
                .tumblingWindow(Duration.ofSeconds(60)).build());

        assertThat(runtime.settleEventSources(SETTLE)).isTrue();
        // a and b share the minute from 00:01:00 (not a window starting at a's arrival); c opens the next one.
        assertThat(log()).containsExactly(
                "2026-01-01T00:01:00Z|2|false|false",
                "2026-01-01T00:01:00Z|0|true|false",
                "2026-01-01T00:02:00Z|1|false|false",
                "2026-01-01T00:02:00Z|0|true|false");
        assertThat(states().get(0).get("end").asText()).isEqualTo("2026-01-01T00:02:00Z");
        assertThat(states().get(1).get("count").asText()).isEqualTo("2");
        // The next window starts with a fresh state, and its final invocation comes when the clock reaches its end.
        assertThat(states().get(2).get("count").asText()).isEqualTo("1");
        assertThat(clock.instant()).isAfterOrEqualTo(Instant.parse("2026-01-01T00:03:00Z"));
    }

    @Test
    void theStateOfEachResponseIsCarriedIntoTheNextInvocationOfTheSameWindowAndShard() {
        KinesisStream stream = runtime.kinesisStream("clicks", 2);
        String shard0 = null;
        String shard1 = null;
        for (int i = 0; shard0 == null || shard1 == null; i++) {
            String key = "user-" + i;
            if (stream.shardIdOf(key).endsWith("0") && shard0 == null) {
                shard0 = key;
            } else if (stream.shardIdOf(key).endsWith("1") && shard1 == null) {
                shard1 = key;
            }
        }
        for (int i = 0; i < 3; i++) {
            stream.putRecord(shard0, "zero-" + i);
        }
        stream.putRecord(shard1, "one");

        runtime.eventSourceMapping(totals(), EventSourceMappingConfig.builder(stream).batchSize(1)
                .tumblingWindow(Duration.ofMinutes(5)).build());

        assertThat(runtime.settleEventSources(SETTLE)).isTrue();
        List<String> counts0 = new ArrayList<>();
        List<String> counts1 = new ArrayList<>();
        for (JsonNode state : states()) {
            (state.get("shardId").asText().equals("shardId-000000000000") ? counts0 : counts1)
                    .add(state.get("count").asText());
        }
        assertThat(counts0).containsExactly("1", "2", "3", "3");
        assertThat(counts1).containsExactly("1", "1");
        assertThat(states()).allSatisfy(state -> assertThat(state.get("eventSourceARN").asText())
                .isEqualTo("arn:aws:kinesis:us-east-1:123456789012:stream/clicks"));
    }

    @Test
    void aResponseWithoutStateFailsTheInvocationAndIsRetriedWithTheStateBeforeIt() {
        KinesisStream stream = streamOf("a", "nostate");

        EventSourceMapping mapping = runtime.eventSourceMapping(totals(), EventSourceMappingConfig.builder(stream)
                .batchSize(1).maximumRetryAttempts(1).onFailureDestination(FAILURES)
                .tumblingWindow(Duration.ofMinutes(1)).build());

        assertThat(runtime.settleEventSources(SETTLE)).isTrue();
        assertThat(invocations).allMatch(InvocationResult::succeeded);
        // a; nostate, then its retry, both without a state; the final invocation with a's count.
        assertThat(states()).hasSize(4);
        assertThat(states().get(1)).isNull();
        assertThat(states().get(2)).isNull();
        assertThat(states().get(3).get("count").asText()).isEqualTo("1");
        assertThat(log().get(3)).endsWith("|0|true|false");
        assertThat(mapping.metrics().failedInvocations()).isEqualTo(2);
        JsonNode record = runtime.destination(FAILURES).records().get(0).bodyAsJson();
        assertThat(record.at("/requestContext/condition").asText()).isEqualTo("RetryAttemptsExhausted");
        assertThat(record.at("/KinesisBatchInfo/batchSize").asInt()).isEqualTo(1);
    }

    @Test
    void aPartialResponseCheckpointsBeforeTheLowestFailureAndCarriesItsStateIntoTheRetry() {
        KinesisStream stream = streamOf("a", "b fail", "c");

        runtime.eventSourceMapping(totals(), EventSourceMappingConfig.builder(stream).reportBatchItemFailures(true)
                .maximumRetryAttempts(1).onFailureDestination(FAILURES).tumblingWindow(Duration.ofMinutes(1)).build());

        assertThat(runtime.settleEventSources(SETTLE)).isTrue();
        assertThat(log()).containsExactly("2026-01-01T00:00:00Z|3|false|false", "2026-01-01T00:00:00Z|2|false|false",
                "2026-01-01T00:00:00Z|0|true|false");
        // The retry of "b fail" and "c" saw the state of the partial response (3) and added its own records.
        assertThat(states().get(1).get("count").asText()).isEqualTo("5");
        assertThat(runtime.destination(FAILURES).records()).hasSize(1);
    }

    @Test
    void aStateOverOneMegabyteEndsTheWindowEarlyAndTheWindowGoesOnWithAFreshState() {
        KinesisStream stream = streamOf("big", "after");

        runtime.eventSourceMapping(totals(), EventSourceMappingConfig.builder(stream).batchSize(1)
                .tumblingWindow(Duration.ofMinutes(1)).build());

        assertThat(runtime.settleEventSources(SETTLE)).isTrue();
        assertThat(log()).containsExactly("2026-01-01T00:00:00Z|1|false|false", "2026-01-01T00:00:00Z|0|true|true",
                "2026-01-01T00:00:00Z|1|false|false", "2026-01-01T00:00:00Z|0|true|false");
        assertThat(states().get(2).get("count").asText()).isEqualTo("1");
        assertThat(states().get(2).has("big")).isFalse();
    }
}
