package dev.lambdaharness.events.builders;

import static dev.lambdaharness.events.builders.JsonMatch.assertMatches;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.KinesisEvent;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaharness.events.Events;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class KinesisEventBuilderTest {

    @Test
    void recordHasTheShapeKinesisDelivers() {
        JsonNode event = JsonMatch.tree(Events.kinesis().stream("clicks").shard(3).role("clicks-consumer")
                .region("eu-west-1").account("210987654321").record("user-7", "hi".getBytes(StandardCharsets.UTF_8))
                .build());

        assertMatches(event, """
                {"Records": [{
                  "kinesis": {
                    "kinesisSchemaVersion": "1.0",
                    "partitionKey": "user-7",
                    "sequenceNumber": "re:[1-9][0-9]{55}",
                    "data": "aGk=",
                    "approximateArrivalTimestamp": 1714564800.25
                  },
                  "eventSource": "aws:kinesis",
                  "eventVersion": "1.0",
                  "eventID": "re:shardId-000000000003:[0-9]{56}",
                  "eventName": "aws:kinesis:record",
                  "invokeIdentityArn": "arn:aws:iam::210987654321:role/clicks-consumer",
                  "awsRegion": "eu-west-1",
                  "eventSourceARN": "arn:aws:kinesis:eu-west-1:210987654321:stream/clicks"
                }]}
                """);
        assertThat(event.at("/Records/0/eventID").asText())
                .endsWith(":" + event.at("/Records/0/kinesis/sequenceNumber").asText());
    }

    @Test
    void batchesHaveIncreasingSequenceNumbersAndUniquePartitionKeys() {
        JsonNode records = JsonMatch.tree(Events.kinesis().records(100, i -> "{\"n\":" + i + "}").build())
                .get("Records");

        assertThat(records).hasSize(100);
        List<String> sequences = JsonMatch.texts(records, "/kinesis/sequenceNumber");
        for (int i = 1; i < sequences.size(); i++) {
            assertThat(new BigInteger(sequences.get(i))).isGreaterThan(new BigInteger(sequences.get(i - 1)));
        }
        JsonMatch.assertUnique(JsonMatch.texts(records, "/kinesis/partitionKey"));
        JsonMatch.assertUnique(JsonMatch.texts(records, "/eventID"));
        assertThat(new String(Base64.getDecoder().decode(records.at("/42/kinesis/data").asText()),
                StandardCharsets.UTF_8)).isEqualTo("{\"n\":42}");
    }

    @Test
    void arrivalTimesAreFractionalEpochSecondsFromTheClock() {
        TickingClock clock = new TickingClock(Instant.parse("2025-01-01T00:00:00Z"), Duration.ofMillis(7));

        JsonNode records = JsonMatch.tree(Events.kinesis().records(2, i -> "x").clock(clock).build()).get("Records");

        assertThat(records.at("/0/kinesis/approximateArrivalTimestamp").decimalValue())
                .isEqualByComparingTo("1735689600.014");
        assertThat(records.at("/1/kinesis/approximateArrivalTimestamp").decimalValue())
                .isEqualByComparingTo("1735689600.021");
    }

    @Test
    void typedRecordsCarryTheBytesAndTheArrivalDate() {
        byte[] data = {0, 1, -2, 127};

        KinesisEvent.Record record = Events.kinesis().record("k", data).build().as(KinesisEvent.class)
                .getRecords().get(0).getKinesis();

        ByteBuffer bytes = record.getData();
        byte[] read = new byte[bytes.remaining()];
        bytes.get(read);
        assertThat(read).containsExactly(data);
        assertThat(record.getApproximateArrivalTimestamp().toInstant()).isEqualTo(EventBuilder.DEFAULT_TIME);
        assertThat(record.getPartitionKey()).isEqualTo("k");
    }
}
