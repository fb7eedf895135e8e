package dev.lambdaharness.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

/** A DynamoDB table's stream and its event source mapping, on a virtual clock. */
class DynamoDbEventSourceMappingTest {

    private static final Duration SETTLE = Duration.ofSeconds(30);
    private static final String FAILURES = "arn:aws:sqs:us-east-1:123456789012:ddb-failures";

    private final VirtualClock clock = RuntimeClock.virtual(Instant.parse("2026-01-01T00:00:00Z"));
    private final List<InvocationResult> results = new CopyOnWriteArrayList<>();
    private final LambdaRuntime runtime = LambdaRuntime.builder().clock(clock)
            .invocationListener((function, result) -> results.add(result)).build();

    @AfterEach
    void close() {
        runtime.close();
    }

    private LambdaFunction function() {
        return runtime.function(FunctionConfig.builder("dev.lambdaharness.core.corpus.DynamoDbInstructions::handle")
                .functionName("orders").build(), CorpusCode.code());
    }

    private List<JsonNode> delivered() {
        List<JsonNode> records = new ArrayList<>();
        results.stream().filter(InvocationResult::succeeded)
                .forEach(result -> result.payloadAsJson().get("records").forEach(records::add));
        return records;
    }

    @Test
    void putsUpdatesAndDeletesBecomeInsertModifyAndRemoveRecordsWithTheViewTypesImages() {
        DynamoDbTable orders = runtime.dynamoDbTable("Orders", "NEW_AND_OLD_IMAGES", "pk");
        orders.putItem(Map.of("pk", "o-1", "total", 42));
        orders.putItem(Map.of("pk", "o-1", "total", 42)); // unchanged: no record
        orders.putItem(Map.of("pk", "o-1", "total", 40));
        orders.deleteItem(Map.of("pk", "o-1"));

        runtime.eventSourceMapping(function(), EventSourceMappingConfig.builder(orders).build());

        assertThat(runtime.settleEventSources(SETTLE)).isTrue();
        List<JsonNode> records = delivered();
        assertThat(records).extracting(record -> record.get("eventName").asText())
                .containsExactly("INSERT", "MODIFY", "REMOVE");
        JsonNode modify = records.get(1).get("dynamodb");
        assertThat(modify.at("/OldImage/total/N").asText()).isEqualTo("42");
        assertThat(modify.at("/NewImage/total/N").asText()).isEqualTo("40");
        assertThat(modify.at("/Keys/pk/S").asText()).isEqualTo("o-1");
        assertThat(records.get(2).get("dynamodb").has("NewImage")).isFalse();
        assertThat(records.get(0).get("eventSourceARN").asText()).isEqualTo(orders.streamArn())
                .startsWith("arn:aws:dynamodb:us-east-1:123456789012:table/Orders/stream/2026-01-01T00:00:");
        assertThat(orders.items()).isEmpty();
    }

    @Test
    void aKeysOnlyStreamCarriesNoImages() {
        DynamoDbTable orders = runtime.dynamoDbTable("Orders", "KEYS_ONLY", "pk", "sk");
        orders.putItem(Map.of("pk", "c-1", "sk", "o-1", "total", 1));

        runtime.eventSourceMapping(function(), EventSourceMappingConfig.builder(orders).build());

        assertThat(runtime.settleEventSources(SETTLE)).isTrue();
        JsonNode dynamodb = delivered().get(0).get("dynamodb");
        assertThat(dynamodb.has("NewImage")).isFalse();
        assertThat(dynamodb.at("/Keys/sk/S").asText()).isEqualTo("o-1");
        assertThat(dynamodb.get("StreamViewType").asText()).isEqualTo("KEYS_ONLY");
    }

    @Test
    void aFailingBatchEndsInTheOnFailureDestinationWithDdbStreamBatchInfo() {
        DynamoDbTable orders = runtime.dynamoDbTable("Orders", "NEW_IMAGE", "pk");
        orders.putItem(Map.of("pk", "o-1", "note", "throw"));
        orders.putItem(Map.of("pk", "o-2", "note", "fine"));

        runtime.eventSourceMapping(function(), EventSourceMappingConfig.builder(orders).batchSize(1)
                .maximumRetryAttempts(1).onFailureDestination(FAILURES).build());

        assertThat(runtime.settleEventSources(SETTLE)).isTrue();
        JsonNode record = runtime.destination(FAILURES).records().get(0).bodyAsJson();
        assertThat(record.at("/requestContext/condition").asText()).isEqualTo("RetryAttemptsExhausted");
        assertThat(record.at("/requestContext/approximateInvokeCount").asInt()).isEqualTo(2);
        assertThat(record.at("/DDBStreamBatchInfo/streamArn").asText()).isEqualTo(orders.streamArn());
        assertThat(record.at("/DDBStreamBatchInfo/batchSize").asInt()).isOne();
        assertThat(record.has("KinesisBatchInfo")).isFalse();
        assertThat(delivered()).extracting(r -> r.at("/dynamodb/Keys/pk/S").asText()).containsExactly("o-2");
    }

    @Test
    void recordsAreFilteredUnderDynamodbAndEventName() {
        DynamoDbTable orders = runtime.dynamoDbTable("Orders", "NEW_AND_OLD_IMAGES", "pk");
        orders.putItem(Map.of("pk", "o-1", "status", "paid"));
        orders.putItem(Map.of("pk", "o-2", "status", "open"));
        orders.deleteItem(Map.of("pk", "o-2"));

        runtime.eventSourceMapping(function(), EventSourceMappingConfig.builder(orders)
                .filterPattern("{\"dynamodb\":{\"NewImage\":{\"status\":{\"S\":[\"paid\"]}}}}")
                .filterPattern("{\"eventName\":[\"REMOVE\"]}").build());

        assertThat(runtime.settleEventSources(SETTLE)).isTrue();
        assertThat(delivered()).extracting(r -> r.get("eventName").asText() + " " + r.at("/dynamodb/Keys/pk/S").asText())
                .containsExactly("INSERT o-1", "REMOVE o-2");
    }

    @Test
    void anItemWithoutItsKeyAndAnUnknownViewTypeAreRefused() {
        DynamoDbTable orders = runtime.dynamoDbTable("Orders", "NEW_IMAGE", "pk");
        assertThatThrownBy(() -> orders.putItem(Map.of("id", "x")))
                .isInstanceOfSatisfying(InvalidConfigurationException.class, e -> {
                    assertThat(e.setting()).isEqualTo("pk");
                    assertThat(e.lambdaErrorCode()).isEqualTo("ValidationException");
                });
        assertThatThrownBy(() -> runtime.dynamoDbTable("Other", "ALL", "pk"))
                .isInstanceOfSatisfying(InvalidConfigurationException.class,
                        e -> assertThat(e.getMessage()).contains("NEW_AND_OLD_IMAGES"));
    }

    @Test
    void aDynamoDbWindowedEventHasTheMembersOfTheTimeWindowFixtureInTheirOrder() {
        DynamoDbTable table = runtime.dynamoDbTable("Orders", "NEW_AND_OLD_IMAGES", "pk");
        clock.advance(Duration.between(clock.instant(), Instant.parse("2026-01-01T09:22:05Z")));
        table.putItem(Map.of("pk", "o-1", "total", 42));
        table.putItem(Map.of("pk", "o-1", "total", 40));
        LambdaFunction echo = runtime.function(FunctionConfig.builder("dev.lambdaharness.core.corpus.WindowEcho::handle")
                .functionName("echo").build(), CorpusCode.code());

        runtime.eventSourceMapping(echo, EventSourceMappingConfig.builder(table).tumblingWindow(Duration.ofMinutes(5))
                .build());

        assertThat(runtime.settleEventSources(SETTLE)).isTrue();
        assertThat(results).hasSize(2);
        JsonNode first = results.get(0).payloadAsJson();
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
        JsonNode last = results.get(1).payloadAsJson().get("event");
        assertThat(last.get("state").toString()).isEqualTo("{\"count\":\"2\"}");
        assertThat(last.get("isFinalInvokeForWindow").asBoolean()).isTrue();
        assertThat(last.get("isWindowTerminatedEarly").asBoolean()).isFalse();
    }
}
