package dev.lambdaharness.events.builders;

import static dev.lambdaharness.events.builders.JsonMatch.assertMatches;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.RabbitMQEvent;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaharness.events.Events;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The RabbitMQ event against the fixture {@code mq/rabbitmq.json}'s shape and {@code RabbitMQEvent}. */
class RabbitMqEventBuilderTest {

    @Test
    void messagesHaveTheShapeLambdaDelivers() {
        JsonNode event = JsonMatch.tree(Events.rabbitMq().broker("orders-rabbit").queue("notifications")
                .message("{\"orderId\":\"ORD-1001\"}", Map.of("source", "checkout")).build());

        assertMatches(event, """
                {"eventSource": "aws:rmq",
                 "eventSourceArn": "re:arn:aws:mq:us-east-1:123456789012:broker:orders-rabbit:b-[0-9a-f-]{36}",
                 "rmqMessagesByQueue": {"notifications::/": [{
                   "basicProperties": {
                     "contentType": "application/json", "contentEncoding": null,
                     "headers": {"source": {"bytes": [99, 104, 101, 99, 107, 111, 117, 116]}},
                     "deliveryMode": 2, "priority": 0, "correlationId": null, "replyTo": null, "expiration": null,
                     "messageId": "re:[0-9a-f-]{36}", "timestamp": "May 1, 2024, 12:00:00 PM", "type": null,
                     "userId": null, "appId": null, "clusterId": null, "bodySize": 22},
                   "redelivered": false,
                   "data": "eyJvcmRlcklkIjoiT1JELTEwMDEifQ=="}]}}
                """);
    }

    @Test
    void theEventReadsAsRabbitMqEventGroupedByQueueAndVirtualHost() {
        RabbitMQEvent event = Events.rabbitMq().queue("q").virtualHost("shop").messages(2, i -> "m" + i).build()
                .as(RabbitMQEvent.class);

        RabbitMQEvent.RabbitMessage second = event.getRmqMessagesByQueue().get("q::shop").get(1);
        assertThat(new String(Base64.getDecoder().decode(second.getData()), StandardCharsets.UTF_8)).isEqualTo("m1");
        assertThat(second.getBasicProperties().getBodySize()).isEqualTo(2);
        assertThat(second.getBasicProperties().getTimestamp()).isEqualTo("May 1, 2024, 12:00:00 PM");
        assertThat(second.getRedelivered()).isFalse();
    }

    @Test
    void anEmptyEventIsRefusedNamingTheFixAndNoContentTypeIsNull() {
        assertThatThrownBy(() -> Events.rabbitMq().build()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("message(body)");

        JsonNode event = JsonMatch.tree(Events.rabbitMq().contentType(null).message("m").build());
        assertThat(event.at("/rmqMessagesByQueue/my-queue::~1/0/basicProperties/contentType").isNull()).isTrue();
    }
}
