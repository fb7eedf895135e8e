package dev.lambdaharness.events.builders;

import dev.lambdaharness.internal.jackson.databind.JsonNode;
import dev.lambdaharness.internal.jackson.databind.node.ArrayNode;
import dev.lambdaharness.internal.jackson.databind.node.ObjectNode;
import dev.lambdaharness.events.internal.Checks;
import dev.lambdaharness.events.internal.Encodings;
import dev.lambdaharness.events.internal.Ids;
import dev.lambdaharness.events.internal.Json;
import dev.lambdaharness.events.internal.Wire;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * An Amazon MQ for ActiveMQ event ({@code eventSource} {@code aws:mq}): the broker's ARN and the
 * queue's messages, each with its JMS message id, type ({@code jms/text-message} or
 * {@code jms/bytes-message}), delivery mode 2 (persistent), priority 4 (JMS's default), the queue as
 * {@code destination.physicalName}, base64 {@code data}, its properties, and {@code timestamp},
 * {@code brokerInTime} and {@code brokerOutTime} in epoch milliseconds from the clock.
 * {@code expiration} is a string, as Lambda sends it ({@code "0"}: the message never expires).
 *
 * <pre>{@code
 * EventPayload event = Events.activeMq().broker("orders-broker").queue("orders.inventory")
 *         .message("{\"orderId\":\"ORD-1001\"}", Map.of("tenant", "eu-shop"))
 *         .bytesMessage(new byte[] {10, 8})
 *         .build();
 * ActiveMQEvent typed = event.as(ActiveMQEvent.class);
 * }</pre>
 */
public final class ActiveMqEventBuilder extends EventBuilder<ActiveMqEventBuilder> {

    private record Entry(byte[] data, boolean text, Map<String, String> properties, String correlationId) {
    }

    private String broker = "my-broker";
    private String queue = "my-queue";
    private List<Entry> entries = List.of();

    /** A builder for queue {@code my-queue} of broker {@code my-broker}; {@link dev.lambdaharness.events.Events#activeMq()} is the usual way in. */
    public ActiveMqEventBuilder() {
    }

    /**
     * @param name the broker's name, from which its ARN derives
     * @return a builder for messages from that broker (default {@code my-broker})
     */
    public ActiveMqEventBuilder broker(String name) {
        Checks.text("broker", name);
        return with(b -> b.broker = name);
    }

    /**
     * @param name the queue the messages come from, their {@code destination.physicalName}
     * @return a builder for that queue (default {@code my-queue})
     */
    public ActiveMqEventBuilder queue(String name) {
        Checks.text("queue", name);
        return with(b -> b.queue = name);
    }

    /**
     * @param text the body of a text message, sent as its UTF-8 bytes
     * @return a builder with one more text message, without properties
     */
    public ActiveMqEventBuilder message(String text) {
        return message(text, Map.of());
    }

    /**
     * @param text the body of a text message
     * @param properties the message's properties
     * @return a builder with one more text message
     */
    public ActiveMqEventBuilder message(String text, Map<String, String> properties) {
        Checks.present("text", text);
        Entry entry = new Entry(Encodings.utf8(text), true, new LinkedHashMap<>(Checks.present("properties", properties)),
                null);
        return with(b -> b.entries = append(b.entries, entry));
    }

    /**
     * @param text the body of a text message
     * @param correlationId its JMS correlation id
     * @return a builder with one more text message, without properties
     */
    public ActiveMqEventBuilder correlatedMessage(String text, String correlationId) {
        Checks.present("text", text);
        Checks.text("correlationId", correlationId);
        Entry entry = new Entry(Encodings.utf8(text), true, Map.of(), correlationId);
        return with(b -> b.entries = append(b.entries, entry));
    }

    /**
     * @param bytes the body of a bytes message
     * @return a builder with one more bytes message
     */
    public ActiveMqEventBuilder bytesMessage(byte[] bytes) {
        Entry entry = new Entry(Checks.present("bytes", bytes).clone(), false, Map.of(), null);
        return with(b -> b.entries = append(b.entries, entry));
    }

    /**
     * @param count how many text messages to add
     * @param text the body of the message at each index, from 0
     * @return a builder with {@code count} more text messages
     */
    public ActiveMqEventBuilder messages(int count, IntFunction<String> text) {
        Checks.count("count", count);
        List<Entry> more = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            more.add(new Entry(Encodings.utf8(Checks.present("message " + i, text.apply(i))), true, Map.of(), null));
        }
        return with(b -> b.entries = append(b.entries, more));
    }

    @Override
    Object content() {
        List<Object> content = new ArrayList<>(List.of(broker, queue));
        entries.forEach(e -> content.add(List.of(Encodings.base64(e.data()), e.text(), e.properties(),
                String.valueOf(e.correlationId()))));
        return content;
    }

    @Override
    JsonNode json(Wire wire) {
        if (entries.isEmpty()) {
            throw new IllegalStateException("The ActiveMQ event has no message; Lambda never delivers an empty batch. "
                    + "Add one with message(text) or messages(count, i -> text).");
        }
        Ids ids = wire.ids();
        String brokerId = "b-" + ids.uuid();
        String connection = "ID:" + brokerId + "-1.mq." + wire.region() + "." + wire.dnsSuffix() + "-"
                + ids.between(30_000, 60_000) + "-" + wire.now().toEpochMilli() + "-" + ids.between(1, 10) + ":1:1:1:";
        ObjectNode event = Json.object();
        event.put("eventSource", "aws:mq");
        event.put("eventSourceArn", wire.arn("mq", "broker:" + broker + ":" + brokerId));
        ArrayNode messages = event.putArray("messages");
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            long sent = wire.now().toEpochMilli();
            ObjectNode message = messages.addObject();
            message.put("messageID", connection + (i + 1));
            message.put("messageType", entry.text() ? "jms/text-message" : "jms/bytes-message");
            message.put("deliveryMode", 2);
            message.putNull("replyTo");
            message.putNull("type");
            message.put("expiration", "0");
            message.put("priority", 4);
            if (entry.correlationId() == null) {
                message.putNull("correlationId");
            } else {
                message.put("correlationId", entry.correlationId());
            }
            message.put("redelivered", false);
            message.putObject("destination").put("physicalName", queue);
            message.put("data", Encodings.base64(entry.data()));
            message.put("timestamp", sent);
            message.put("brokerInTime", sent);
            message.put("brokerOutTime", sent);
            message.set("properties", Json.strings(entry.properties()));
        }
        return event;
    }
}
