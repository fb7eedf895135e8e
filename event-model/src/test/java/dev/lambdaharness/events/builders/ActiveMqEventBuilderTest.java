package dev.lambdaharness.events.builders;

import static dev.lambdaharness.events.builders.JsonMatch.assertMatches;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.ActiveMQEvent;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaharness.events.Events;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The ActiveMQ event against the fixture {@code mq/activemq.json}'s shape and {@code ActiveMQEvent}. */
class ActiveMqEventBuilderTest {

    @Test
    void messagesHaveTheShapeLambdaDelivers() {
        JsonNode event = JsonMatch.tree(Events.activeMq().broker("orders-broker").queue("orders.inventory")
                .region("eu-west-1").account("210987654321").message("{\"orderId\":\"ORD-1001\"}", Map.of("tenant", "eu-shop"))
                .bytesMessage(new byte[] {10, 8}).build());

        assertMatches(event, """
                {"eventSource": "aws:mq",
                 "eventSourceArn": "re:arn:aws:mq:eu-west-1:210987654321:broker:orders-broker:b-[0-9a-f-]{36}",
                 "messages": [
                   {"messageID": "re:ID:b-[0-9a-f-]{36}-1[.]mq[.]eu-west-1[.]amazonaws[.]com-[0-9]+-1714564800250-[0-9]:1:1:1:1",
                    "messageType": "jms/text-message", "deliveryMode": 2, "replyTo": null, "type": null,
                    "expiration": "0", "priority": 4, "correlationId": null, "redelivered": false,
                    "destination": {"physicalName": "orders.inventory"},
                    "data": "eyJvcmRlcklkIjoiT1JELTEwMDEifQ==",
                    "timestamp": 1714564800250, "brokerInTime": 1714564800250, "brokerOutTime": 1714564800250,
                    "properties": {"tenant": "eu-shop"}},
                   {"messageID": "re:ID:.*:1:1:1:2",
                    "messageType": "jms/bytes-message", "deliveryMode": 2, "replyTo": null, "type": null,
                    "expiration": "0", "priority": 4, "correlationId": null, "redelivered": false,
                    "destination": {"physicalName": "orders.inventory"},
                    "data": "Cgg=",
                    "timestamp": 1714564800250, "brokerInTime": 1714564800250, "brokerOutTime": 1714564800250,
                    "properties": {}}
                 ]}
                """);
    }

    @Test
    void theEventReadsAsActiveMqEventWithItsDataAndDestination() {
        ActiveMQEvent event = Events.activeMq().queue("q").correlatedMessage("hello", "c-1").build().as(ActiveMQEvent.class);

        ActiveMQEvent.ActiveMQMessage message = event.getMessages().get(0);
        assertThat(event.getEventSource()).isEqualTo("aws:mq");
        assertThat(new String(Base64.getDecoder().decode(message.getData()), StandardCharsets.UTF_8)).isEqualTo("hello");
        assertThat(message.getDestination().getPhysicalName()).isEqualTo("q");
        assertThat(message.getMessageType()).isEqualTo("jms/text-message");
        assertThat(message.getDeliveryMode()).isEqualTo(2);
        assertThat(message.getTimestamp()).isEqualTo(EventBuilder.DEFAULT_TIME.toEpochMilli());
        // Lambda sends correlationId, the class reads correlationID: lost, as the fixture records.
        assertThat(message.getCorrelationID()).isNull();
    }

    @Test
    void anEmptyEventIsRefusedNamingTheFix() {
        assertThatThrownBy(() -> Events.activeMq().build()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("message(text)");
    }
}
