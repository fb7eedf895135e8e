package dev.lambdaharness.core;

import dev.lambdaharness.core.internal.esm.LocalSqsQueue;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A local SQS queue of a {@link LambdaRuntime}, which a test fills and an event source mapping
 * reads: messages hidden while delayed or in flight (for the visibility timeout), receive counts,
 * a FIFO queue's message groups and deduplication, and the redrive policy to a dead-letter queue.
 * Time is the runtime's clock, so a {@link VirtualClock} moves visibility timeouts and delays.
 *
 * <pre>{@code
 * SqsQueue orders = runtime.sqsQueue(SqsQueueConfig.builder("orders").build());
 * orders.send("{\"order\":1}");
 * runtime.eventSourceMapping(function, EventSourceMappingConfig.builder(orders).build());
 * runtime.settleEventSources(Duration.ofSeconds(10));
 * assertThat(orders.size()).isZero();
 * }</pre>
 */
public final class SqsQueue {

    private final LocalSqsQueue queue;

    SqsQueue(LocalSqsQueue queue) {
        this.queue = queue;
    }

    /** The queue's attributes. */
    public SqsQueueConfig config() {
        return queue.config();
    }

    /** The queue's ARN. */
    public String arn() {
        return queue.config().arn();
    }

    /**
     * Sends a message with a body only (a standard queue, or a FIFO queue with content-based
     * deduplication needs a group: use {@link #send(SqsMessage)}).
     *
     * @return the message id
     * @throws InvalidConfigurationException when SQS would refuse it (over 256 KiB, a FIFO message without a group)
     */
    public String send(String body) {
        return send(SqsMessage.of(body));
    }

    /**
     * Sends a message, as {@code SendMessage} does. A FIFO duplicate (the same deduplication id
     * within 5 minutes) is accepted and not queued, and its answer is the first message's id.
     *
     * @return the message id
     * @throws InvalidConfigurationException when SQS would refuse it, with SQS's error code
     */
    public String send(SqsMessage message) {
        Objects.requireNonNull(message, "message");
        return queue.send(message.body(), message.attributes(), message.groupId().orElse(null),
                message.deduplicationId().orElse(null),
                message.delay().map(delay -> (int) Math.min(Integer.MAX_VALUE, delay.toSeconds())).orElse(null));
    }

    /** Messages that can be received now ({@code ApproximateNumberOfMessages}). */
    public int visibleCount() {
        return queue.visibleCount();
    }

    /** Messages received and neither deleted nor visible again ({@code ApproximateNumberOfMessagesNotVisible}). */
    public int inFlightCount() {
        return queue.inFlightCount();
    }

    /** Every message still in the queue: visible, delayed or in flight. */
    public int size() {
        return queue.size();
    }

    /** How many messages were deleted (by a mapping's successes and its filters). */
    public long deletedCount() {
        return queue.deletedCount();
    }

    /** How many messages the redrive policy moved to the dead-letter queue. */
    public long movedToDeadLetterQueueCount() {
        return queue.movedToDeadLetterQueueCount();
    }

    /** The messages still in the queue, in the order sent. */
    public List<Message> messages() {
        return queue.snapshot().stream().map(m -> new Message(m.messageId(), m.body(), m.groupId(), m.receiveCount(),
                m.inFlight(), m.delayed())).toList();
    }

    /** The message bodies still in the queue, in the order sent. */
    public List<String> bodies() {
        return queue.snapshot().stream().map(LocalSqsQueue.Snapshot::body).toList();
    }

    LocalSqsQueue model() {
        return queue;
    }

    @Override
    public String toString() {
        return "SqsQueue[" + arn() + ", " + size() + " messages]";
    }

    /**
     * A message in the queue, as a test sees it.
     *
     * @param messageId its id
     * @param body its body
     * @param groupId its FIFO message group, if any
     * @param receiveCount how often it was received ({@code ApproximateReceiveCount})
     * @param inFlight whether it is received and hidden now
     * @param delayed whether it waits for its delay
     */
    public record Message(String messageId, String body, Optional<String> groupId, int receiveCount, boolean inFlight,
            boolean delayed) {
    }
}
