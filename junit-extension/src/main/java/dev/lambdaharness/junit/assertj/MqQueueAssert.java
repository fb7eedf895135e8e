package dev.lambdaharness.junit.assertj;

import static dev.lambdaharness.junit.internal.assertj.ShouldHoldBrokerMessages.shouldBeDrained;
import static dev.lambdaharness.junit.internal.assertj.ShouldHoldBrokerMessages.shouldHaveDeadLettered;
import static java.util.Objects.requireNonNull;

import dev.lambdaharness.core.MqQueue;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a local Amazon MQ queue: whether anything is left in it, and what its broker
 * dead-lettered after the last redelivery. Each failure lists the messages with their deliveries.
 * Obtain one with {@link LambdaAssertions#assertThat(MqQueue)}.
 *
 * <pre>{@code
 * assertThat(inventory).isDrained().hasDeadLettered("poison");
 * }</pre>
 */
public class MqQueueAssert extends AbstractAssert<MqQueueAssert, MqQueue> {

    /**
     * Creates the assertion; public so that soft assertions can proxy it.
     *
     * @param actual the queue under test
     */
    public MqQueueAssert(MqQueue actual) {
        super(actual, MqQueueAssert.class);
    }

    /** Verifies that the queue holds no message: none waiting, none waiting for a redelivery, none in a batch. */
    public MqQueueAssert isDrained() {
        isNotNull();
        if (actual.size() != 0) {
            throw assertionError(shouldBeDrained(actual));
        }
        return myself;
    }

    /** Verifies the data of the messages moved to the dead-letter queue, in the order they moved. */
    public MqQueueAssert hasDeadLettered(String... expected) {
        requireNonNull(expected, "expected");
        isNotNull();
        if (!actual.deadLetters().stream().map(MqQueue.Message::data).toList().equals(List.of(expected))) {
            throw assertionError(shouldHaveDeadLettered(actual, List.of(expected)));
        }
        return myself;
    }
}
