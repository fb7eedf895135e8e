package dev.lambdaharness.junit.internal.assertj;

import dev.lambdaharness.core.MqQueue;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.error.ErrorMessageFactory;

/** An Amazon MQ queue holds, or dead-lettered, other messages than it should. */
public final class ShouldHoldBrokerMessages extends InvocationMessage {

    private ShouldHoldBrokerMessages(Parts parts) {
        super(parts);
    }

    /** {@code Expecting MQ queue orders to be drained but it holds 2 messages: …} */
    public static ErrorMessageFactory shouldBeDrained(MqQueue queue) {
        return new ShouldHoldBrokerMessages(message("%nExpecting MQ queue ").thenText(queue.name())
                .then(" to be drained but it holds ").thenText(queue.size() + (queue.size() == 1 ? " message" : " messages"))
                .then(":%n").thenText(listing(queue.messages())));
    }

    /** {@code Expecting MQ queue orders to have dead-lettered exactly: [...] but its dead-letter queue ActiveMQ.DLQ holds: …} */
    public static ErrorMessageFactory shouldHaveDeadLettered(MqQueue queue, List<String> expected) {
        return new ShouldHoldBrokerMessages(message("%nExpecting MQ queue ").thenText(queue.name())
                .then(" to have dead-lettered exactly:%n  %s%nbut its dead-letter queue ", expected)
                .thenText(queue.deadLetterQueueName()).then(" holds:%n").thenText(listing(queue.deadLetters())));
    }

    private static String listing(List<MqQueue.Message> messages) {
        if (messages.isEmpty()) {
            return "  (no message)";
        }
        return messages.stream().map(m -> "  " + m.id() + " " + m.data() + " (delivered " + m.deliveries()
                + (m.deliveries() == 1 ? " time" : " times") + (m.inFlight() ? ", in a batch)" : ")"))
                .collect(Collectors.joining(System.lineSeparator()));
    }
}
