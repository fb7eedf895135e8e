package dev.lambdaharness.core.internal.esm;

import dev.lambdaharness.core.InvalidConfigurationException;
import dev.lambdaharness.core.MqQueue.Engine;
import dev.lambdaharness.events.EventPayload;
import dev.lambdaharness.events.Events;
import dev.lambdaharness.internal.jackson.databind.JsonNode;
import dev.lambdaharness.internal.jackson.databind.ObjectMapper;
import dev.lambdaharness.internal.jackson.databind.node.ArrayNode;
import dev.lambdaharness.internal.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongSupplier;

/**
 * A queue of an Amazon MQ broker, ActiveMQ or RabbitMQ, as Lambda's consumer sees it: messages in
 * the order sent, a message delivered to a batch held until the batch is acknowledged, a failed
 * batch's messages redelivered (marked {@code redelivered}) until the broker's limit, then moved to
 * its dead-letter queue. Its messages are those of the ActiveMQ or RabbitMQ event builder, with the
 * queue's own ids and times.
 */
public final class LocalMqQueue {

    /**
     * ActiveMQ's redeliveries before the dead-letter queue: Lambda's fixed redelivery policy, ActiveMQ's
     * defaults with {@code maximumRedeliveries} 6 (Lambda Developer Guide, "Troubleshoot Amazon MQ
     * event source mapping errors").
     */
    public static final int ACTIVEMQ_MAXIMUM_REDELIVERIES = 6;
    /** ActiveMQ's default {@code initialRedeliveryDelay} of its redelivery policy, without back-off. */
    public static final Duration ACTIVEMQ_REDELIVERY_DELAY = Duration.ofSeconds(1);
    /** ActiveMQ's shared dead-letter queue. */
    public static final String ACTIVEMQ_DEAD_LETTER_QUEUE = "ActiveMQ.DLQ";
    /**
     * RabbitMQ's redeliveries before the message is dead-lettered: a quorum queue's default
     * {@code delivery-limit} of RabbitMQ 4 (20). Lambda documents no limit of its own: UNCONFIRMED
     * (see docs/fidelity.md).
     */
    public static final int RABBITMQ_DELIVERY_LIMIT = 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Engine engine;
    private final String name;
    private final String virtualHost;
    private final ObjectNode envelope;
    private final String messageIdPrefix;
    private final LongSupplier clock;
    private final String region;
    private final String accountId;
    private final String broker;
    private final List<Entry> messages = new ArrayList<>();
    private final List<Entry> deadLetters = new ArrayList<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private long sent;
    private long acknowledged;

    /** A message of the queue. */
    public static final class Entry {
        final String id;
        final ObjectNode message;
        final String data;
        final Map<String, String> properties;
        final int bytes;
        long readyAtMillis;
        int deliveries;
        boolean inFlight;

        Entry(String id, ObjectNode message, String data, Map<String, String> properties, long readyAtMillis) {
            this.id = id;
            this.message = message;
            this.data = data;
            this.properties = properties;
            this.bytes = message.toString().length();
            this.readyAtMillis = readyAtMillis;
        }

        /** The message as the event holds it (its {@code redelivered} as of its latest delivery). */
        public ObjectNode message() {
            return message;
        }
    }

    /**
     * A message as a test sees it.
     *
     * @param id its message id
     * @param data its body
     * @param properties its properties (ActiveMQ) or headers (RabbitMQ)
     * @param deliveries how often it was delivered to the function
     * @param inFlight whether a batch holds it now
     */
    public record Snapshot(String id, String data, Map<String, String> properties, int deliveries, boolean inFlight) {
    }

    public LocalMqQueue(Engine engine, String broker, String name, String region, String accountId, LongSupplier clock) {
        if (name == null || name.isBlank() || name.length() > 1000) {
            throw new InvalidConfigurationException("Queues", String.valueOf(name), "InvalidParameterValueException",
                    "Queue name " + (name == null ? "null" : "'" + name + "'") + " is not one Lambda accepts: 1 to 1000"
                    + " characters (InvalidParameterValueException). Give the broker queue's name.");
        }
        this.engine = engine;
        this.broker = broker;
        this.name = name;
        this.virtualHost = "/";
        this.region = region;
        this.accountId = accountId;
        this.clock = clock;
        ObjectNode sample = tree(build("sample", Map.of(), 0));
        this.messageIdPrefix = engine == Engine.ACTIVEMQ ? idPrefix(sample.at("/messages/0/messageID").asText()) : null;
        sample.remove(engine == Engine.ACTIVEMQ ? "messages" : "rmqMessagesByQueue");
        this.envelope = sample;
    }

    private static String idPrefix(String messageId) {
        return messageId.substring(0, messageId.lastIndexOf(':') + 1);
    }

    public Engine engine() {
        return engine;
    }

    public String name() {
        return name;
    }

    /** The broker's ARN, the mapping's {@code EventSourceArn}. */
    public String brokerArn() {
        return envelope.get("eventSourceArn").asText();
    }

    /** The queue where messages go after their last redelivery. */
    public String deadLetterQueueName() {
        return engine == Engine.ACTIVEMQ ? ACTIVEMQ_DEAD_LETTER_QUEUE : name + ".dlq";
    }

    /** The redeliveries after which a message goes to the dead-letter queue. */
    public int maximumRedeliveries() {
        return engine == Engine.ACTIVEMQ ? ACTIVEMQ_MAXIMUM_REDELIVERIES : RABBITMQ_DELIVERY_LIMIT;
    }

    /** Hears when a message arrives. */
    public void onSend(Runnable listener) {
        listeners.add(listener);
    }

    /** Sends a message with its body as text and its properties (ActiveMQ) or headers (RabbitMQ). */
    public String send(String data, Map<String, String> properties) {
        long now = clock.getAsLong();
        Entry entry;
        synchronized (this) {
            long sequence = ++sent;
            ObjectNode message = (ObjectNode) (engine == Engine.ACTIVEMQ
                    ? tree(build(data, properties, now)).at("/messages/0")
                    : tree(build(data, properties, now)).get("rmqMessagesByQueue").elements().next().get(0));
            String id;
            if (engine == Engine.ACTIVEMQ) {
                id = messageIdPrefix + sequence;
                message.put("messageID", id);
            } else {
                id = UUID.randomUUID().toString();
                ((ObjectNode) message.get("basicProperties")).put("messageId", id);
            }
            entry = new Entry(id, message, data, Map.copyOf(properties), now);
            messages.add(entry);
        }
        listeners.forEach(Runnable::run);
        return entry.id;
    }

    private EventPayload build(String data, Map<String, String> properties, long now) {
        Clock at = Clock.fixed(Instant.ofEpochMilli(now), ZoneOffset.UTC);
        return engine == Engine.ACTIVEMQ
                ? Events.activeMq().broker(broker).queue(name).region(region).account(accountId).clock(at)
                        .message(data, properties).build()
                : Events.rabbitMq().broker(broker).queue(name).virtualHost(virtualHost).region(region).account(accountId)
                        .clock(at).message(data, properties).build();
    }

    /** The event of a batch of this queue's messages. */
    public ObjectNode event(List<Entry> batch) {
        ObjectNode event = envelope.deepCopy();
        ArrayNode array = engine == Engine.ACTIVEMQ ? event.putArray("messages")
                : event.putObject("rmqMessagesByQueue").putArray(name + "::" + virtualHost);
        batch.forEach(entry -> array.add(entry.message));
        return event;
    }

    /** The messages that may be delivered now, in order. */
    public synchronized List<Entry> ready(long now) {
        return messages.stream().filter(m -> !m.inFlight && m.readyAtMillis <= now).toList();
    }

    /** When the next message waiting out a redelivery delay becomes deliverable; −1 when none waits. */
    public synchronized long nextReadyAt(long now) {
        return messages.stream().filter(m -> !m.inFlight && m.readyAtMillis > now).mapToLong(m -> m.readyAtMillis).min()
                .orElse(-1);
    }

    /** Hands messages to a batch, marking each {@code redelivered} when it was delivered before. */
    public synchronized void deliver(List<Entry> batch) {
        for (Entry entry : batch) {
            entry.inFlight = true;
            entry.message.put("redelivered", entry.deliveries > 0);
            entry.deliveries++;
        }
    }

    /** Takes a batch back without counting its delivery (a throttled invocation). */
    public synchronized void release(List<Entry> batch) {
        for (Entry entry : batch) {
            entry.inFlight = false;
            entry.deliveries--;
        }
    }

    /** Acknowledges messages: they leave the queue. */
    public synchronized void acknowledge(List<Entry> batch) {
        messages.removeAll(batch);
        acknowledged += batch.size();
    }

    /**
     * Returns a failed batch to the broker: each message is redelivered after the delay, or moved to
     * the dead-letter queue once its redeliveries are spent.
     */
    public synchronized void failed(List<Entry> batch, long now) {
        Duration delay = engine == Engine.ACTIVEMQ ? ACTIVEMQ_REDELIVERY_DELAY : Duration.ZERO;
        for (Entry entry : batch) {
            entry.inFlight = false;
            if (entry.deliveries > maximumRedeliveries()) {
                messages.remove(entry);
                deadLetters.add(entry);
            } else {
                entry.readyAtMillis = now + delay.toMillis();
            }
        }
    }

    /** Messages not acknowledged and not dead-lettered: waiting, delayed or in a batch. */
    public synchronized int size() {
        return messages.size();
    }

    public synchronized long acknowledgedCount() {
        return acknowledged;
    }

    public synchronized List<Snapshot> messages() {
        return messages.stream().map(LocalMqQueue::snapshot).toList();
    }

    public synchronized List<Snapshot> deadLetters() {
        return deadLetters.stream().map(LocalMqQueue::snapshot).toList();
    }

    private static Snapshot snapshot(Entry entry) {
        return new Snapshot(entry.id, entry.data, entry.properties, entry.deliveries, entry.inFlight);
    }

    private static ObjectNode tree(EventPayload payload) {
        try {
            JsonNode tree = JSON.readTree(payload.asBytes());
            return (ObjectNode) tree;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
