package dev.lambdaharness.core;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A message to send to a {@link SqsQueue}, as {@code SendMessage} takes it: a body, string message
 * attributes, and for a FIFO queue a message group and a deduplication id; for a standard queue
 * optionally a delay of its own.
 *
 * <pre>{@code
 * queue.send(SqsMessage.of("{\"order\":1}").withGroupId("customer-7").withDeduplicationId("order-1"));
 * }</pre>
 *
 * @param body the body
 * @param attributes string message attributes
 * @param groupId the FIFO message group, when set
 * @param deduplicationId the FIFO deduplication id, when set
 * @param delay the message's own delay (standard queues), when set
 */
public record SqsMessage(String body, Map<String, String> attributes, Optional<String> groupId,
        Optional<String> deduplicationId, Optional<Duration> delay) {

    /** Refuses a missing member and copies the attributes. */
    public SqsMessage {
        Objects.requireNonNull(body, "body");
        attributes = Map.copyOf(attributes);
        Objects.requireNonNull(groupId, "groupId");
        Objects.requireNonNull(deduplicationId, "deduplicationId");
        Objects.requireNonNull(delay, "delay");
    }

    /** A message with a body and nothing else. */
    public static SqsMessage of(String body) {
        return new SqsMessage(body, Map.of(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** This message with string message attributes. */
    public SqsMessage withAttributes(Map<String, String> attributes) {
        return new SqsMessage(body, attributes, groupId, deduplicationId, delay);
    }

    /** This message in a FIFO message group. */
    public SqsMessage withGroupId(String groupId) {
        return new SqsMessage(body, attributes, Optional.of(groupId), deduplicationId, delay);
    }

    /** This message with a FIFO deduplication id. */
    public SqsMessage withDeduplicationId(String deduplicationId) {
        return new SqsMessage(body, attributes, groupId, Optional.of(deduplicationId), delay);
    }

    /** This message with a delay of its own, 0 to 15 minutes in whole seconds (standard queues). */
    public SqsMessage withDelay(Duration delay) {
        return new SqsMessage(body, attributes, groupId, deduplicationId, Optional.of(delay));
    }
}
