package dev.lambdaharness.junit.assertj;

import static dev.lambdaharness.junit.internal.assertj.ShouldHoldMessages.shouldBeDrained;
import static dev.lambdaharness.junit.internal.assertj.ShouldHoldMessages.shouldHaveMovedToDeadLetterQueue;
import static dev.lambdaharness.junit.internal.assertj.ShouldHoldMessages.shouldHoldBodies;
import static java.util.Objects.requireNonNull;

import dev.lambdaharness.core.SqsQueue;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a local SQS queue: what is left in it, what reached it, what it gave up on. Each
 * failure lists the queue's messages with their receive counts. Obtain one with
 * {@link LambdaAssertions#assertThat(SqsQueue)}.
 *
 * <pre>{@code
 * assertThat(orders).isDrained().hasMovedToDeadLetterQueue(1);
 * assertThat(deadLetters).holdsBodies("poison");
 * }</pre>
 */
public class SqsQueueAssert extends AbstractAssert<SqsQueueAssert, SqsQueue> {

    /**
     * Creates the assertion; public so that soft assertions can proxy it.
     *
     * @param actual the queue under test
     */
    public SqsQueueAssert(SqsQueue actual) {
        super(actual, SqsQueueAssert.class);
    }

    /** Verifies that the queue holds no message: none visible, none in flight, none delayed. */
    public SqsQueueAssert isDrained() {
        isNotNull();
        if (actual.size() != 0) {
            throw assertionError(shouldBeDrained(actual));
        }
        return myself;
    }

    /** Verifies the bodies of the messages the queue holds, in the order it holds them. */
    public SqsQueueAssert holdsBodies(String... expected) {
        requireNonNull(expected, "expected");
        isNotNull();
        if (!actual.bodies().equals(List.of(expected))) {
            throw assertionError(shouldHoldBodies(actual, List.of(expected)));
        }
        return myself;
    }

    /** Verifies how many messages the queue moved to its dead-letter queue after their last receive. */
    public SqsQueueAssert hasMovedToDeadLetterQueue(long expected) {
        isNotNull();
        if (actual.movedToDeadLetterQueueCount() != expected) {
            throw assertionError(shouldHaveMovedToDeadLetterQueue(actual, expected));
        }
        return myself;
    }
}
