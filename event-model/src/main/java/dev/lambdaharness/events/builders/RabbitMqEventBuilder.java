package dev.lambdaharness.events.builders;

import dev.lambdaharness.internal.jackson.databind.JsonNode;
import dev.lambdaharness.internal.jackson.databind.node.ArrayNode;
import dev.lambdaharness.internal.jackson.databind.node.ObjectNode;
import dev.lambdaharness.events.internal.Checks;
import dev.lambdaharness.events.internal.Encodings;
import dev.lambdaharness.events.internal.Ids;
import dev.lambdaharness.events.internal.Json;
import dev.lambdaharness.events.internal.Wire;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * An Amazon MQ for RabbitMQ event ({@code eventSource} {@code aws:rmq}): the broker's ARN and the
 * messages grouped under {@code "<queue>::<virtual host>"}, each with its {@code basicProperties}
 * (a message id, delivery mode 2, priority 0, string headers as {@code {"bytes": [...]}}, the
 * timestamp in the broker's text form such as {@code May 14, 2024, 9:21:37 AM} in UTC, and
 * {@code bodySize}, the length of the decoded data), {@code redelivered} and base64 {@code data}.
 *
 * <pre>{@code
 * EventPayload event = Events.rabbitMq().broker("orders-rabbit").queue("notifications")
 *         .message("{\"orderId\":\"ORD-1001\"}", Map.of("source", "checkout"))
 *         .build();
 * RabbitMQEvent typed = event.as(RabbitMQEvent.class);
 * }</pre>
 */
public final class RabbitMqEventBuilder extends EventBuilder<RabbitMqEventBuilder> {

    /** The broker's text form of a message's timestamp, in English as the broker writes it. */
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("MMM d, yyyy, h:mm:ss a", Locale.US)
            .withZone(ZoneOffset.UTC);

    private record Entry(byte[] data, Map<String, String> headers) {
    }

    private String broker = "my-broker";
    private String queue = "my-queue";
    private String virtualHost = "/";
    private String contentType = "application/json";
    private List<Entry> entries = List.of();

    /** A builder for queue {@code my-queue} on virtual host {@code /} of broker {@code my-broker}; {@link dev.lambdaharness.events.Events#rabbitMq()} is the usual way in. */
    public RabbitMqEventBuilder() {
    }

    /**
     * @param name the broker's name, from which its ARN derives
     * @return a builder for messages from that broker (default {@code my-broker})
     */
    public RabbitMqEventBuilder broker(String name) {
        Checks.text("broker", name);
        return with(b -> b.broker = name);
    }

    /**
     * @param name the queue the messages come from
     * @return a builder for that queue (default {@code my-queue})
     */
    public RabbitMqEventBuilder queue(String name) {
        Checks.text("queue", name);
        return with(b -> b.queue = name);
    }

    /**
     * @param name the queue's virtual host
     * @return a builder for that virtual host (default {@code /})
     */
    public RabbitMqEventBuilder virtualHost(String name) {
        Checks.text("virtualHost", name);
        return with(b -> b.virtualHost = name);
    }

    /**
     * @param type the messages' {@code contentType}, or {@code null} for none
     * @return a builder whose messages have that content type (default {@code application/json})
     */
    public RabbitMqEventBuilder contentType(String type) {
        return with(b -> b.contentType = type);
    }

    /**
     * @param body the message's body as text, sent as its UTF-8 bytes
     * @return a builder with one more message, without headers
     */
    public RabbitMqEventBuilder message(String body) {
        return message(body, Map.of());
    }

    /**
     * @param body the message's body as text
     * @param headers its headers, each value a string (sent as {@code {"bytes": [...]}})
     * @return a builder with one more message
     */
    public RabbitMqEventBuilder message(String body, Map<String, String> headers) {
        Checks.present("body", body);
        Entry entry = new Entry(Encodings.utf8(body), new LinkedHashMap<>(Checks.present("headers", headers)));
        return with(b -> b.entries = append(b.entries, entry));
    }

    /**
     * @param count how many messages to add
     * @param body the body of the message at each index, from 0
     * @return a builder with {@code count} more messages
     */
    public RabbitMqEventBuilder messages(int count, IntFunction<String> body) {
        Checks.count("count", count);
        List<Entry> more = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            more.add(new Entry(Encodings.utf8(Checks.present("message " + i, body.apply(i))), Map.of()));
        }
        return with(b -> b.entries = append(b.entries, more));
    }

    @Override
    Object content() {
        List<Object> content = new ArrayList<>(List.of(broker, queue, virtualHost, String.valueOf(contentType)));
        entries.forEach(e -> content.add(List.of(Encodings.base64(e.data()), e.headers())));
        return content;
    }

    @Override
    JsonNode json(Wire wire) {
        if (entries.isEmpty()) {
            throw new IllegalStateException("The RabbitMQ event has no message; Lambda never delivers an empty batch. "
                    + "Add one with message(body) or messages(count, i -> body).");
        }
        Ids ids = wire.ids();
        ObjectNode event = Json.object();
        event.put("eventSource", "aws:rmq");
        event.put("eventSourceArn", wire.arn("mq", "broker:" + broker + ":b-" + ids.uuid()));
        ArrayNode messages = event.putObject("rmqMessagesByQueue").putArray(queue + "::" + virtualHost);
        for (Entry entry : entries) {
            ObjectNode message = messages.addObject();
            ObjectNode properties = message.putObject("basicProperties");
            if (contentType == null) {
                properties.putNull("contentType");
            } else {
                properties.put("contentType", contentType);
            }
            properties.putNull("contentEncoding");
            ObjectNode headers = properties.putObject("headers");
            entry.headers().forEach((name, value) -> {
                ArrayNode bytes = headers.putObject(name).putArray("bytes");
                for (byte b : Encodings.utf8(value)) {
                    bytes.add(b);
                }
            });
            properties.put("deliveryMode", 2);
            properties.put("priority", 0);
            properties.putNull("correlationId");
            properties.putNull("replyTo");
            properties.putNull("expiration");
            properties.put("messageId", ids.uuid());
            properties.put("timestamp", TIMESTAMP.format(wire.now()));
            properties.putNull("type");
            properties.putNull("userId");
            properties.putNull("appId");
            properties.putNull("clusterId");
            properties.put("bodySize", entry.data().length);
            message.put("redelivered", false);
            message.put("data", Encodings.base64(entry.data()));
        }
        return event;
    }
}
