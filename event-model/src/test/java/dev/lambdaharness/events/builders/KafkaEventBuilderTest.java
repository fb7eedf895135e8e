package dev.lambdaharness.events.builders;

import static dev.lambdaharness.events.builders.JsonMatch.assertMatches;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.KafkaEvent;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaharness.events.Events;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KafkaEventBuilderTest {

    @Test
    void mskRecordHasTheShapeLambdaDelivers() {
        JsonNode event = JsonMatch.tree(Events.kafka().cluster("payments").topic("payments").region("eu-west-1")
                .account("210987654321").record("p-1", "{\"amount\":10}", Map.of("trace", "ab")).build());

        assertMatches(event, """
                {"eventSource": "aws:kafka",
                 "eventSourceArn": "re:arn:aws:kafka:eu-west-1:210987654321:cluster/payments/[0-9a-f-]{36}-[0-9]",
                 "bootstrapServers": "re:b-1[.]payments[.][a-z0-9]{6}[.]c[0-9][.]kafka[.]eu-west-1[.]amazonaws[.]com:9098,b-2[.].*:9098,b-3[.].*:9098",
                 "records": {"payments-0": [{
                   "topic": "payments", "partition": 0, "offset": "re:[0-9]+", "timestamp": 1714564800250,
                   "timestampType": "CREATE_TIME", "key": "cC0x", "value": "eyJhbW91bnQiOjEwfQ==",
                   "headers": [{"trace": [97, 98]}]
                 }]}}
                """);
        assertThat(decode(event.at("/records/payments-0/0/value").asText())).isEqualTo("{\"amount\":10}");
    }

    @Test
    void selfManagedClustersHaveTheirServersAndNoArn() {
        JsonNode event = JsonMatch.tree(Events.kafka().selfManaged("kafka-1.internal:9092,kafka-2.internal:9092")
                .record("v").build());

        assertThat(event.get("eventSource").asText()).isEqualTo("SelfManagedKafka");
        assertThat(event.get("bootstrapServers").asText()).isEqualTo("kafka-1.internal:9092,kafka-2.internal:9092");
        assertThat(event.has("eventSourceArn")).isFalse();
        assertThat(event.at("/records/my-topic-0/0").has("key")).isFalse();
    }

    @Test
    void recordsSpreadOverPartitionsWithIncreasingOffsetsInEach() {
        JsonNode records = JsonMatch.tree(Events.kafka().topic("t").records(10, i -> "v" + i).partitions(3).build())
                .get("records");

        assertThat(List.of(records.fieldNames().next(), records.size())).containsExactly("t-0", 3);
        assertThat(records.get("t-0")).hasSize(4);
        assertThat(records.get("t-1")).hasSize(3);
        assertThat(records.get("t-2")).hasSize(3);
        records.forEach(partition -> {
            for (int i = 1; i < partition.size(); i++) {
                assertThat(partition.get(i).get("offset").asLong()).isEqualTo(partition.get(i - 1).get("offset").asLong() + 1);
            }
        });
        assertThat(decode(records.at("/t-1/0/value").asText())).isEqualTo("v1");
    }

    @Test
    void typedRecordsCarryKeyValueAndHeaderBytes() {
        KafkaEvent event = Events.kafka().topic("t").record("k", "v", Map.of("h", "é")).build().as(KafkaEvent.class);

        KafkaEvent.KafkaEventRecord record = event.getRecords().get("t-0").get(0);
        assertThat(decode(record.getKey())).isEqualTo("k");
        assertThat(decode(record.getValue())).isEqualTo("v");
        assertThat(record.getHeaders().get(0).get("h")).containsExactly("é".getBytes(StandardCharsets.UTF_8));
        assertThat(record.getTimestamp()).isEqualTo(EventBuilder.DEFAULT_TIME.toEpochMilli());
    }

    private static String decode(String base64) {
        return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
    }
}
