package dev.lambdaharness.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaharness.core.corpus.CorpusCode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Amazon MQ queues (ActiveMQ and RabbitMQ) and their event source mappings, on a virtual clock. */
class MqEventSourceMappingTest {

    private static final Duration SETTLE = Duration.ofSeconds(30);
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    private final VirtualClock clock = RuntimeClock.virtual(START);
    private final List<InvocationResult> invocations = new CopyOnWriteArrayList<>();
    private final List<Instant> endedAt = new CopyOnWriteArrayList<>();
    private final LambdaRuntime runtime = LambdaRuntime.builder().clock(clock)
            .invocationListener((function, result) -> {
                invocations.add(result);
                endedAt.add(clock.instant());
            }).build();

    @AfterEach
    void close() {
        runtime.close();
    }

    private LambdaFunction function(String handler) {
        return runtime.function(FunctionConfig.builder(handler).functionName("inventory").build(), CorpusCode.code());
    }

    private LambdaFunction instructed() {
        return function("dev.lambdaharness.core.corpus.MqInstructions::handle");
    }

    /** The data each invocation carried ("threw" for one that threw), in the order the invocations ended. */
    private List<List<String>> batches() {
        List<List<String>> batches = new ArrayList<>();
        for (InvocationResult result : invocations) {
            List<String> data = new ArrayList<>();
            if (result.succeeded()) {
                result.payloadAsJson().get("messages").forEach(message -> data.add(message.get("data").asText()));
            } else {
                data.add("threw");
            }
            batches.add(data);
        }
        return batches;
    }

    @Test
    void activeMqMessagesReachTheFunctionInTheActiveMqEventsShape() {
        MqQueue queue = runtime.activeMqQueue("orders-broker", "orders.inventory");
        String id = queue.send("{\"orderId\":\"ORD-1001\"}", Map.of("tenant", "eu-shop"));
        queue.send("second");

        runtime.eventSourceMapping(function("dev.lambdaharness.core.corpus.EchoesEvent::handle"),
                EventSourceMappingConfig.builder(queue).build());

        assertThat(runtime.settleEventSources(SETTLE)).isTrue();
        assertThat(invocations).hasSize(1);
        JsonNode event = invocations.get(0).payloadAsJson();
        assertThat(event.get("eventSource").asText()).isEqualTo("aws:mq");
        assertThat(event.get("eventSourceArn").asText()).isEqualTo(queue.brokerArn())
                .matches("arn:aws:mq:us-east-1:123456789012:broker:orders-broker:b-[0-9a-f-]{36}");
        JsonNode first = event.at("/messages/0");
        assertThat(first.get("messageID").asText()).isEqualTo(id).endsWith(":1:1:1:1");
        assertThat(event.at("/messages/1/messageID").asText()).endsWith(":1:1:1:2");
        assertThat(first.get("messageType").asText()).isEqualTo("jms/text-message");
        assertThat(first.at("/destination/physicalName").asText()).isEqualTo("orders.inventory");
        assertThat(first.get("data").asText()).isEqualTo("eyJvcmRlcklkIjoiT1JELTEwMDEifQ==");
        assertThat(first.get("redelivered").asBoolean()).isFalse();
        assertThat(first.at("/properties/tenant").asText()).isEqualTo("eu-shop");
        assertThat(Instant.ofEpochMilli(first.get("timestamp").asLong())).isBetween(START, START.plusSeconds(1));
        assertThat(queue.size()).isZero();
        assertThat(queue.acknowledgedCount()).isEqualTo(2);
    }

    @Test
    void rabbitMqMessagesAreGroupedUnderTheQueueAndVirtualHost() {
        MqQueue queue = runtime.rabbitMqQueue("orders-rabbit", "notifications");
        String id = queue.send("{\"orderId\":\"ORD-1001\"}", Map.of("source", "checkout"));

        runtime.eventSourceMapping(function("dev.lambdaharness.core.corpus.EchoesEvent::handle"),
                EventSourceMappingConfig.builder(queue).build());

        assertThat(runtime.settleEventSources(SETTLE)).isTrue();
        JsonNode event = invocations.get(0).payloadAsJson();
        assertThat(event.get("eventSource").asText()).isEqualTo("aws:rmq");
        JsonNode message = event.at("/rmqMessagesByQueue/notifications::~1/0");
        assertThat(message.at("/basicProperties/messageId").asText()).isEqualTo(id);
        assertThat(message.at("/basicProperties/headers/source/bytes/0").asInt()).isEqualTo('c');
        assertThat(message.at("/basicProperties/bodySize").asInt()).isEqualTo(22);
        assertThat(message.get("redelivered").asBoolean()).isFalse();
    }

    @Test
    void anActiveMqMappingRunsUpToFiveBatchesAtOnce(@TempDir Path peers) {
        MqQueue queue = runtime.activeMqQueue("b", "q");
        for (int i = 0; i < 10; i++) {
            queue.send("m" + i);
        }

        LambdaFunction function = KafkaEventSourceMappingTest.holdsForPeers(runtime, peers, 5);
        EventSourceMapping mapping = runtime.eventSourceMapping(function,
                EventSourceMappingConfig.builder(queue).batchSize(1).build());

        assertThat(mapping.concurrency()).isEqualTo(5);
        assertThat(runtime.settleEventSources(SETTLE)).isTrue();
        assertThat(invocations).hasSize(10).allMatch(InvocationResult::succeeded);
        assertThat(KafkaEventSourceMappingTest.together(invocations)).allMatch(together -> together <= 5).contains(5);
        assertThat(queue.acknowledgedCount()).isEqualTo(10);
    }

    @Test
    void aRabbitMqMappingRunsOneBatchAtATimeAndTheFunctionsConcurrencyCapsActiveMqs(@TempDir Path peers) {
        MqQueue rabbit = runtime.rabbitMqQueue("r", "q");
        LambdaFunction function = KafkaEventSourceMappingTest.holdsForPeers(runtime, peers, 1);
        assertThat(runtime.eventSourceMapping(function, EventSourceMappingConfig.builder(rabbit).batchSize(1).build())
                .concurrency())
                .isEqualTo(1);
        function.putReservedConcurrency(2);
        MqQueue active = runtime.activeMqQueue("b", "active");
        assertThat(runtime.eventSourceMapping(function, EventSourceMappingConfig.builder(active).build()).concurrency())
                .isEqualTo(2);
        for (int i = 0; i < 3; i++) {
            rabbit.send("m" + i);
        }

        assertThat(runtime.settleEventSources(SETTLE)).isTrue();
        assertThat(KafkaEventSourceMappingTest.together(invocations)).hasSize(3).containsOnly(1);
    }

    @Test
    void theWindowStartsAtTheFirstMessageAndABatchClosesAtItsSize() {
        MqQueue queue = runtime.activeMqQueue("b", "q");
        EventSourceMapping mapping = runtime.eventSourceMapping(instructed(), EventSourceMappingConfig.builder(queue)
                .batchSize(3).enabled(false).build());
        queue.send("a");
        clock.advance(Duration.ofMillis(400));
        mapping.enable();
        queue.send("b");

        assertThat(runtime.settleEventSources(SETTLE)).isTrue();
        assertThat(batches()).containsExactly(List.of("a", "b"));
        assertThat(endedAt.get(0)).isBetween(START.plusMillis(500), START.plusMillis(899));

        queue.send("c");
        queue.send("d");
        queue.send("e");
        queue.send("f");
        assertThat(runtime.settleEventSources(SETTLE)).isTrue();
        assertThat(batches().subList(1, 3)).containsExactly(List.of("c", "d", "e"), List.of("f"));
    }

    @Test
    void aFailingActiveMqMessageIsRedeliveredSixTimesASecondApartThenDeadLettered() {
        MqQueue queue = runtime.activeMqQueue("b", "orders.inventory");
        queue.send("throw");

        EventSourceMapping mapping = runtime.eventSourceMapping(instructed(), EventSourceMappingConfig.builder(queue).build());

        assertThat(runtime.settleEventSources(SETTLE)).isTrue();
        assertThat(invocations).hasSize(7).noneMatch(InvocationResult::succeeded);
        assertThat(queue.deadLetterQueueName()).isEqualTo("ActiveMQ.DLQ");
        assertThat(queue.deadLetters()).singleElement().satisfies(dead -> {
            assertThat(dead.data()).isEqualTo("throw");
            assertThat(dead.deliveries()).isEqualTo(7);
        });
        assertThat(queue.size()).isZero();
        assertThat(mapping.metrics().failedInvocations()).isEqualTo(7);
        // Six redeliveries, each after ActiveMQ's 1 s delay.
        assertThat(endedAt.get(6)).isAfterOrEqualTo(START.plusMillis(500).plusSeconds(6));
    }

    @Test
    void aFailingRabbitMqMessageIsRedeliveredMarkedUpToTheDeliveryLimitThenDeadLettered() {
        MqQueue queue = runtime.rabbitMqQueue("b", "notifications");
        queue.send("throw");
        queue.send("fine");

        runtime.eventSourceMapping(instructed(), EventSourceMappingConfig.builder(queue).batchSize(1).build());

        assertThat(runtime.settleEventSources(SETTLE)).isTrue();
        assertThat(queue.maximumRedeliveries()).isEqualTo(20);
        assertThat(batches()).hasSize(22).endsWith(List.of("fine"));
        assertThat(queue.deadLetters()).extracting(MqQueue.Message::data, MqQueue.Message::deliveries)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("throw", 21));
        assertThat(queue.deadLetterQueueName()).isEqualTo("notifications.dlq");
    }

    @Test
    void filtersMatchTheDecodedDataAndAcknowledgeWhatMatchesNone() {
        MqQueue queue = runtime.activeMqQueue("b", "q");
        queue.send("{\"action\":\"reserve-stock\"}");
        queue.send("{\"action\":\"audit\"}");
        queue.send("plain");

        EventSourceMapping mapping = runtime.eventSourceMapping(instructed(), EventSourceMappingConfig.builder(queue)
                .filterPattern("{\"data\":{\"action\":[\"reserve-stock\"]}}").filterPattern("{\"data\":[\"plain\"]}")
                .build());

        assertThat(runtime.settleEventSources(SETTLE)).isTrue();
        assertThat(batches()).containsExactly(List.of("{\"action\":\"reserve-stock\"}", "plain"));
        assertThat(mapping.metrics().recordsFilteredOut()).isEqualTo(1);
        assertThat(queue.acknowledgedCount()).isEqualTo(3);
    }

    @Test
    void aMessageOver6MbIsDroppedUnprocessedAndTheRestGoesThrough() {
        MqQueue queue = runtime.activeMqQueue("b", "q");
        queue.send("x".repeat(5_000_000));
        queue.send("small");

        EventSourceMapping mapping = runtime.eventSourceMapping(instructed(), EventSourceMappingConfig.builder(queue).build());

        assertThat(runtime.settleEventSources(SETTLE)).isTrue();
        // 5,000,000 bytes of data are 6,666,668 in base64: no invocation could carry the message.
        assertThat(batches()).containsExactly(List.of("small"));
        assertThat(mapping.metrics().batchesDiscarded()).isOne();
        assertThat(mapping.metrics().recordsFilteredOut()).isZero();
        assertThat(queue.size()).isZero();
        assertThat(queue.deadLetters()).isEmpty();
    }

    @Test
    void badInputIsRefusedWithTheSettingTheValueTheRangeAndTheErrorCode() {
        MqQueue queue = runtime.activeMqQueue("b", "q");
        assertThatThrownBy(() -> EventSourceMappingConfig.builder(queue).batchSize(0).build())
                .hasMessageContaining("BatchSize 0 is out of range: Lambda accepts 1 to 10000");
        assertThatThrownBy(() -> EventSourceMappingConfig.builder(queue).batchSize(10_001).build())
                .hasMessageContaining("BatchSize 10001 is out of range");
        assertThatThrownBy(() -> EventSourceMappingConfig.builder(queue).maximumBatchingWindow(Duration.ofSeconds(301))
                .build()).hasMessageContaining("0 to 300");
        assertThatThrownBy(() -> EventSourceMappingConfig.builder(queue).maximumRetryAttempts(3).build())
                .isInstanceOfSatisfying(InvalidConfigurationException.class, e -> {
                    assertThat(e.setting()).isEqualTo("MaximumRetryAttempts");
                    assertThat(e.lambdaErrorCode()).isEqualTo("InvalidParameterValueException");
                }).hasMessageContaining("not a setting of an Amazon MQ mapping");
        assertThatThrownBy(() -> runtime.eventSourceMapping(instructed(), EventSourceMappingConfig.builder(queue)
                .filterPattern("{\"data\":\"x\"}").build())).hasMessageContaining("Invalid filter pattern definition.");
        assertThatThrownBy(() -> runtime.activeMqQueue("b", "q")).hasMessageContaining("already has an MQ queue");
        assertThatThrownBy(() -> EventSourceMappingConfig.builder(queue)
                .startingPosition(EventSourceMappingConfig.StartingPosition.TRIM_HORIZON).build())
                .isInstanceOfSatisfying(InvalidConfigurationException.class, e -> {
                    assertThat(e.setting()).isEqualTo("StartingPosition");
                    assertThat(e.value()).isEqualTo("TRIM_HORIZON");
                    assertThat(e.lambdaErrorCode()).isEqualTo("InvalidParameterValueException");
                }).hasMessageContaining("StartingPosition is not valid for Amazon MQ event sources.");
        assertThatThrownBy(() -> EventSourceMappingConfig.builder(queue).startingPositionTimestamp(START).build())
                .isInstanceOfSatisfying(InvalidConfigurationException.class,
                        e -> assertThat(e.setting()).isEqualTo("StartingPositionTimestamp"));
        assertThatThrownBy(() -> EventSourceMappingConfig.builder(queue).tumblingWindow(Duration.ofSeconds(60)).build())
                .hasMessageContaining("TumblingWindowInSeconds is not a setting of an Amazon MQ mapping");
    }

    @Test
    void theDefaultsAreBatch100AndAWindowOf500Milliseconds() {
        EventSourceMappingConfig config = EventSourceMappingConfig.builder(runtime.rabbitMqQueue("b", "q")).build();
        assertThat(config.batchSize()).isEqualTo(100);
        assertThat(config.maximumBatchingWindow()).isEqualTo(Duration.ofMillis(500));
        EventSourceMappingConfig kafka = EventSourceMappingConfig.builder(runtime.kafkaTopic("t", 1)).build();
        assertThat(kafka.batchSize()).isEqualTo(100);
        assertThat(kafka.maximumBatchingWindow()).isEqualTo(Duration.ofMillis(500));
    }
}
