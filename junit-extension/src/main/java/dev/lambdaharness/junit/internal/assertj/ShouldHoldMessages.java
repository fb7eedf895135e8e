package dev.lambdaharness.junit.internal.assertj;

import dev.lambdaharness.core.SqsQueue;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.error.ErrorMessageFactory;

/** A queue holds other messages than it should. */
public final class ShouldHoldMessages extends InvocationMessage {

    private ShouldHoldMessages(Parts parts) {
        super(parts);
    }

    /** {@code Expecting queue orders to be drained but it holds 2 messages: …} */
    public static ErrorMessageFactory shouldBeDrained(SqsQueue queue) {
        return new ShouldHoldMessages(message("%nExpecting queue ").thenText(queue.config().name())
                .then(" to be drained but it holds ").thenText(queue.size() + (queue.size() == 1 ? " message" : " messages"))
                .then(":%n").thenText(listing(queue)));
    }

    /** {@code Expecting queue orders-dlq to hold exactly the bodies: [...] but it holds: …} */
    public static ErrorMessageFactory shouldHoldBodies(SqsQueue queue, List<String> expected) {
        return new ShouldHoldMessages(message("%nExpecting queue ").thenText(queue.config().name())
                .then(" to hold exactly the bodies:%n  %s%nbut it holds:%n", expected).thenText(listing(queue)));
    }

    /** {@code Expecting queue orders to have moved 2 messages to its dead-letter queue but it moved 1.} */
    public static ErrorMessageFactory shouldHaveMovedToDeadLetterQueue(SqsQueue queue, long expected) {
        return new ShouldHoldMessages(message("%nExpecting queue ").thenText(queue.config().name()).then(" to have moved ")
                .thenText(expected + (expected == 1 ? " message" : " messages"))
                .then(" to its dead-letter queue but it moved ").thenText(Long.toString(queue.movedToDeadLetterQueueCount())).then("."));
    }

    private static String listing(SqsQueue queue) {
        List<SqsQueue.Message> messages = queue.messages();
        if (messages.isEmpty()) {
            return "  (no message)";
        }
        return messages.stream().map(m -> "  " + m.messageId() + " " + m.body() + " (received " + m.receiveCount()
                + (m.receiveCount() == 1 ? " time" : " times") + (m.inFlight() ? ", in flight)" : ")"))
                .collect(Collectors.joining(System.lineSeparator()));
    }
}
