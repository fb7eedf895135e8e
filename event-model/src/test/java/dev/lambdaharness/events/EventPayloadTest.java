package dev.lambdaharness.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class EventPayloadTest {

    private static final String KINESIS = "{\"Records\":[{\"kinesis\":{\"data\":\"aGk=\",\"approximateArrivalTimestamp\":1714564800.250}}]}";

    @Test
    void aTreeKeepsDecimalsAsWrittenSoThatSendingItOnChangesNoTimestamp() {
        JsonNode tree = EventPayload.of(KINESIS).asJson();

        assertThat(EventPayload.ofJson(tree).asString()).isEqualTo(KINESIS);
    }

    @Test
    void aMapReadsDecimalsAsDoublesAsJacksonUsersExpect() {
        Object timestamp = EventPayload.of("{\"t\":1714564800.25}").asMap().get("t");

        assertThat(timestamp).isEqualTo(1714564800.25d);
    }
}
