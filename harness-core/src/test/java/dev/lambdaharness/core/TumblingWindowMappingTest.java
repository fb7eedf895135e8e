package dev.lambdaharness.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaharness.core.corpus.CorpusCode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Tumbling windows of stream mappings ({@code TumblingWindowInSeconds}) on a virtual clock: windows
 * aligned on the clock, state carried per window and shard, one final invocation per window, a
 * response without state failing, partial responses and a state over 1 MB.
 */
class TumblingWindowMappingTest {

    private static final Duration SETTLE = Duration.ofSeconds(30);
    private static final String FAILURES = "arn:aws:sqs:us-east-1:123456789012:window-failures";

    private final VirtualClock clock = RuntimeClock.virtual(Instant.parse("2026-01-01T00:00:00Z"));
    private final List<InvocationResult> invocations = new CopyOnWriteArrayList<>();
    private final LambdaRuntime runtime = LambdaRuntime.builder().clock(clock)
            .invocationListener((function, result) -> invocations.add(result)).build();

    @AfterEach
    void close() {
        runtime.close();
    }

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
        KinesisStream stream = runtime.kinesisStream("clicks", 1);
        stream.putRecord("k", "a");
        stream.putRecord("k", "nostate");

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
        KinesisStream stream = runtime.kinesisStream("clicks", 1);
        stream.putRecord("k", "a");
        stream.putRecord("k", "b fail");
        stream.putRecord("k", "c");

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
        KinesisStream stream = runtime.kinesisStream("clicks", 1);
        stream.putRecord("k", "big");
        stream.putRecord("k", "after");

        runtime.eventSourceMapping(totals(), EventSourceMappingConfig.builder(stream).batchSize(1)
                .tumblingWindow(Duration.ofMinutes(1)).build());

        assertThat(runtime.settleEventSources(SETTLE)).isTrue();
        assertThat(log()).containsExactly("2026-01-01T00:00:00Z|1|false|false", "2026-01-01T00:00:00Z|0|true|true",
                "2026-01-01T00:00:00Z|1|false|false", "2026-01-01T00:00:00Z|0|true|false");
        assertThat(states().get(2).get("count").asText()).isEqualTo("1");
        assertThat(states().get(2).has("big")).isFalse();
    }

    @Test
    void aDynamoDbWindowedEventHasTheMembersOfTheTimeWindowFixtureInTheirOrder() {
        DynamoDbTable table = runtime.dynamoDbTable("Orders", "NEW_AND_OLD_IMAGES", "pk");
        at("2026-01-01T09:22:05Z");
        table.putItem(Map.of("pk", "o-1", "total", 42));
        table.putItem(Map.of("pk", "o-1", "total", 40));
        LambdaFunction echo = runtime.function(FunctionConfig.builder("dev.lambdaharness.core.corpus.WindowEcho::handle")
                .functionName("echo").build(), CorpusCode.code());

        runtime.eventSourceMapping(echo, EventSourceMappingConfig.builder(table).tumblingWindow(Duration.ofMinutes(5))
                .build());

        assertThat(runtime.settleEventSources(SETTLE)).isTrue();
        assertThat(invocations).hasSize(2);
        JsonNode first = invocations.get(0).payloadAsJson();
        // The order of dynamodb/time-window.json (and kinesis/time-window.json).
        assertThat(first.get("keys")).extracting(JsonNode::asText).containsExactly("Records", "window", "state",
                "shardId", "eventSourceARN", "isFinalInvokeForWindow", "isWindowTerminatedEarly");
        JsonNode event = first.get("event");
        assertThat(event.get("window").toString())
                .isEqualTo("{\"start\":\"2026-01-01T09:20:00Z\",\"end\":\"2026-01-01T09:25:00Z\"}");
        assertThat(event.get("state").toString()).isEqualTo("{}");
        assertThat(event.get("shardId").asText()).isEqualTo("shardId-000000000000");
        assertThat(event.get("eventSourceARN").asText()).isEqualTo(table.streamArn());
        assertThat(event.get("isFinalInvokeForWindow").asBoolean()).isFalse();
        JsonNode last = invocations.get(1).payloadAsJson().get("event");
        assertThat(last.get("state").toString()).isEqualTo("{\"count\":\"2\"}");
        assertThat(last.get("isFinalInvokeForWindow").asBoolean()).isTrue();
        assertThat(last.get("isWindowTerminatedEarly").asBoolean()).isFalse();
    }
}
