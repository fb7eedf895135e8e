package dev.lambdaharness.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaharness.core.corpus.CorpusCode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * Kafka and Amazon MQ mappings driving forked functions: AWS's runtime interface client reads the
 * batches as {@code KafkaEvent}, {@code ActiveMQEvent} and {@code RabbitMQEvent}, and a failure is
 * handled as the service handles it (the Kafka batch retried then reported, the MQ message dead-lettered).
 */
class BrokerEventSourceMappingForkedIT {

    private static final String FAILURES = "arn:aws:sqs:us-east-1:123456789012:kafka-failures";

    @Test
    void theRuntimeClientReadsKafkaAndMqBatchesAndTheirFailuresEndAsTheServicesDo() {
        VirtualClock clock = RuntimeClock.virtual(Instant.parse("2026-01-01T00:00:00Z"));
        List<InvocationResult> results = new CopyOnWriteArrayList<>();
        try (LambdaRuntime runtime = LambdaRuntime.builder().clock(clock)
                .invocationListener((function, result) -> results.add(result)).build()) {
            KafkaTopic topic = runtime.kafkaTopic("orders", 2);
            topic.send(0, "ORD-1", "{\"status\":\"PLACED\"}", Map.of("type", "OrderPlaced"), null);
            topic.send(1, "ORD-2", "throw");
            MqQueue inventory = runtime.activeMqQueue("orders-broker", "orders.inventory");
            inventory.send("throw");
            MqQueue notifications = runtime.rabbitMqQueue("orders-rabbit", "notifications");
            notifications.send("{\"notify\":true}");
            String handlers = "dev.lambdaharness.core.corpus.BrokerEvents::";
            LambdaFunction kafka = runtime.function(FunctionConfig.builder(handlers + "kafka").functionName("kafka")
                    .build(), CorpusCode.code(), Isolation.FORKED);
            LambdaFunction activeMq = runtime.function(FunctionConfig.builder(handlers + "activeMq")
                    .functionName("active").build(), CorpusCode.code(), Isolation.FORKED);
            LambdaFunction rabbitMq = runtime.function(FunctionConfig.builder(handlers + "rabbitMq")
                    .functionName("rabbit").build(), CorpusCode.code(), Isolation.FORKED);

            runtime.eventSourceMapping(kafka, EventSourceMappingConfig.builder(topic).bisectBatchOnFunctionError(true)
                    .maximumRetryAttempts(0).onFailureDestination(FAILURES).build());
            runtime.eventSourceMapping(activeMq, EventSourceMappingConfig.builder(inventory).build());
            runtime.eventSourceMapping(rabbitMq, EventSourceMappingConfig.builder(notifications).build());

            assertThat(runtime.settleEventSources(Duration.ofSeconds(60))).isTrue();
            assertThat(results.stream().filter(InvocationResult::succeeded).map(r -> r.payloadAsJson().toString()))
                    .containsExactlyInAnyOrder("[\"aws:kafka orders-0@0 ORD-1={\\\"status\\\":\\\"PLACED\\\"} headers 1\"]",
                            "[\"aws:rmq notifications::/ {\\\"notify\\\":true} 15\"]");
            assertThat(runtime.destination(FAILURES).records()).singleElement().satisfies(record ->
                    assertThat(record.bodyAsJson().at("/KafkaBatchInfo/recordsInfo/orders-1/firstRecordOffset").asText())
                            .isEqualTo("0"));
            assertThat(inventory.deadLetters()).singleElement().satisfies(dead -> assertThat(dead.deliveries()).isEqualTo(7));
            assertThat(activeMq.environments()).hasSize(1);
        }
    }
}
