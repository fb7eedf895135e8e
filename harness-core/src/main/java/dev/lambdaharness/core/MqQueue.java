package dev.lambdaharness.core;

import dev.lambdaharness.core.internal.esm.LocalMqQueue;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A local queue of an Amazon MQ broker, ActiveMQ or RabbitMQ, which a test fills and an event source
 * mapping reads. A batch the function fails is redelivered until the broker's limit (ActiveMQ: 6
 * redeliveries, 1 s apart, Lambda's fixed policy; RabbitMQ: 20, at once) and then goes to the dead-letter
 * queue, which {@link #deadLetters()} reads.
 *
 * <pre>{@code
 * MqQueue inventory = runtime.activeMqQueue("orders-broker", "orders.inventory");
 * inventory.send("{\"orderId\":\"ORD-1001\"}", Map.of("tenant", "eu-shop"));
 * runtime.eventSourceMapping(function, EventSourceMappingConfig.builder(inventory).build());
 * runtime.settleEventSources(Duration.ofSeconds(10));
 * assertThat(inventory.deadLetters()).isEmpty();
 * }</pre>
 */
public final class MqQueue {

    /** The broker engine. */
    public enum Engine {
        /** Amazon MQ for ActiveMQ ({@code aws:mq} events). */
        ACTIVEMQ,
        /** Amazon MQ for RabbitMQ ({@code aws:rmq} events). */
        RABBITMQ
    }

    private final LocalMqQueue queue;

    MqQueue(LocalMqQueue queue) {
        this.queue = queue;
    }

    /** The queue's name. */
    public String name() {
        return queue.name();
    }

    /** Its broker engine. */
    public Engine engine() {
        return queue.engine();
    }

    /** The broker's ARN, a mapping's {@code EventSourceArn}. */
    public String brokerArn() {
        return queue.brokerArn();
    }

    /** The dead-letter queue's name: {@code ActiveMQ.DLQ}, or {@code <queue>.dlq} for RabbitMQ. */
    public String deadLetterQueueName() {
        return queue.deadLetterQueueName();
    }

    /** The redeliveries after which a failing message is dead-lettered. */
    public int maximumRedeliveries() {
        return queue.maximumRedeliveries();
    }

    /**
     * Sends a text message.
     *
     * @return its message id
     */
    public String send(String data) {
        return send(data, Map.of());
    }

    /**
     * Sends a text message with properties (ActiveMQ) or headers (RabbitMQ).
     *
     * @return its message id
     */
    public String send(String data, Map<String, String> properties) {
        return queue.send(Objects.requireNonNull(data, "data"), Map.copyOf(properties));
    }

    /** Messages neither acknowledged nor dead-lettered: waiting, waiting for a redelivery, or in a batch. */
    public int size() {
        return queue.size();
    }

    /** How many messages were acknowledged (by a mapping's successes and its filters). */
    public long acknowledgedCount() {
        return queue.acknowledgedCount();
    }

    /** The messages still in the queue, in the order sent. */
    public List<Message> messages() {
        return queue.messages().stream().map(MqQueue::message).toList();
    }

    /** The messages moved to the dead-letter queue, in the order they moved. */
    public List<Message> deadLetters() {
        return queue.deadLetters().stream().map(MqQueue::message).toList();
    }

    LocalMqQueue model() {
        return queue;
    }

    private static Message message(LocalMqQueue.Snapshot snapshot) {
        return new Message(snapshot.id(), snapshot.data(), snapshot.properties(), snapshot.deliveries(),
                snapshot.inFlight());
    }

    @Override
    public String toString() {
        return "MqQueue[" + engine() + " " + name() + ", " + size() + " messages]";
    }

    /**
     * A message, as a test sees it.
     *
     * @param id its message id
     * @param data its body
     * @param properties its properties (ActiveMQ) or headers (RabbitMQ)
     * @param deliveries how often it was delivered to the function
     * @param inFlight whether a batch holds it now
     */
    public record Message(String id, String data, Map<String, String> properties, int deliveries, boolean inFlight) {
    }
}
