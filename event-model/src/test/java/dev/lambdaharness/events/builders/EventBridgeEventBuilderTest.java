package dev.lambdaharness.events.builders;

import static dev.lambdaharness.events.builders.JsonMatch.assertMatches;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaharness.events.Events;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventBridgeEventBuilderTest {

    @Test
    void customEventHasTheEnvelopeEventBridgeDelivers() {
        JsonNode event = JsonMatch.tree(Events.eventBridge().source("com.example.orders").detailType("OrderPlaced")
                .detail("{\"orderId\":\"o-1\",\"total\":42.5}").resource("arn:aws:dynamodb:us-east-1:123456789012:table/Orders")
                .build());

        assertMatches(event, """
                {"version": "0", "id": "%s", "detail-type": "OrderPlaced", "source": "com.example.orders",
                 "account": "123456789012", "time": "2024-05-01T12:00:00Z", "region": "us-east-1",
                 "resources": ["arn:aws:dynamodb:us-east-1:123456789012:table/Orders"],
                 "detail": {"orderId": "o-1", "total": 42.5}}
                """.formatted(Patterns.UUID));
    }

    @Test
    void scheduledEventNamesItsRuleAndTime() {
        Clock twoAm = Clock.fixed(Instant.parse("2024-05-02T02:00:00.731Z"), ZoneOffset.UTC);

        JsonNode event = JsonMatch.tree(Events.scheduled().rule("nightly").region("ap-southeast-2").account("210987654321")
                .clock(twoAm).build());

        assertMatches(event, """
                {"version": "0", "id": "%s", "detail-type": "Scheduled Event", "source": "aws.events",
                 "account": "210987654321", "time": "2024-05-02T02:00:00Z", "region": "ap-southeast-2",
                 "resources": ["arn:aws:events:ap-southeast-2:210987654321:rule/nightly"], "detail": {}}
                """.formatted(Patterns.UUID));
    }

    @Test
    void typedEventHasTheDetailAsAMapAndTheTimeAsJoda() {
        ScheduledEvent event = Events.eventBridge().detail(Map.of("items", List.of("a", "b")))
                .build().as(ScheduledEvent.class);

        assertThat(event.getDetail()).containsEntry("items", List.of("a", "b"));
        assertThat(event.getDetailType()).isEqualTo("AppEvent");
        assertThat(event.getTime().getMillis()).isEqualTo(Instant.parse("2024-05-01T12:00:00Z").toEpochMilli());
    }

    @Test
    void detailMustBeAnObject() {
        assertThatThrownBy(() -> Events.eventBridge().detail(List.of(1, 2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("detail [1,2] is not a JSON object; EventBridge accepts only objects as detail. "
                        + "Wrap the value in an object, such as {\"value\": ...}.");
        assertThatThrownBy(() -> Events.eventBridge().detail("{oops"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("The JSON text is not JSON");
    }
}
