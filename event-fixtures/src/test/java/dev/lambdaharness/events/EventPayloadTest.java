package dev.lambdaharness.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.KinesisEvent;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class EventPayloadTest {

    private static final String KINESIS = "{\"Records\":[{\"kinesis\":{\"data\":\"aGk=\",\"approximateArrivalTimestamp\":1714564800.250}}]}";

    @Test
    void aTreeKeepsDecimalsAsWrittenSoThatSendingItOnChangesNoTimestamp() {
        JsonNode tree = EventPayload.of(KINESIS).asJson();

        assertThat(EventPayload.of(tree).asString()).isEqualTo(KINESIS);
    }

    @Test
    void aMapReadsDecimalsAsDoublesAsJacksonUsersExpect() {
        Object timestamp = EventPayload.of("{\"t\":1714564800.25}").asMap().get("t");

        assertThat(timestamp).isEqualTo(1714564800.25d);
    }

    @Test
    void aFieldEditKeepsTheOtherDecimalsOfTheFixture() {
        EventFixture fixture = EventFixtures.get("kinesis/records");
        String timestamp = fixture.asJson().at("/Records/0/kinesis/approximateArrivalTimestamp").toString();

        EventFixture edited = fixture.withField("/Records/0/kinesis/partitionKey", "other");

        assertThat(edited.asJson().at("/Records/0/kinesis/approximateArrivalTimestamp").toString()).isEqualTo(timestamp);
        assertThat(edited.as(KinesisEvent.class).getRecords().get(0).getKinesis().getApproximateArrivalTimestamp())
                .isEqualTo(fixture.as(KinesisEvent.class).getRecords().get(0).getKinesis().getApproximateArrivalTimestamp());
    }
}
