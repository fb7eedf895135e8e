package dev.lambdaharness.junit.assertj;

import static dev.lambdaharness.junit.internal.assertj.ShouldHaveMappingFigure.shouldShow;
import static dev.lambdaharness.junit.internal.assertj.ShouldHaveMappingFigure.shouldHaveCaughtUp;
import static java.util.Objects.requireNonNull;

import dev.lambdaharness.core.EventSourceMapping;
import java.time.Duration;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on an event source mapping: whether it has caught up with its queue, stream or topic,
 * and what it did, by the figures Lambda reports for a mapping. Each failure shows all its figures.
 * Obtain one with {@link LambdaAssertions#assertThat(EventSourceMapping)}.
 *
 * <pre>{@code
 * assertThat(mapping).isCaughtUp().hasDelivered(3).hasFilteredOut(1).hasDiscardedBatches(0)
 *         .hasMaximumIteratorAgeAtMost(Duration.ofSeconds(2));
 * }</pre>
 */
public class EventSourceMappingAssert extends AbstractAssert<EventSourceMappingAssert, EventSourceMapping> {

    /**
     * Creates the assertion; public so that soft assertions can proxy it.
     *
     * @param actual the mapping under test
     */
    public EventSourceMappingAssert(EventSourceMapping actual) {
        super(actual, EventSourceMappingAssert.class);
    }

    /**
     * Verifies that the mapping has nothing left to do: no batch runs and its source holds no record
     * it would deliver (for a stream, every shard read to its end). To wait for it, use
     * {@code Waits.untilCaughtUp(mapping)} first.
     */
    public EventSourceMappingAssert isCaughtUp() {
        isNotNull();
        if (!actual.idle()) {
            throw assertionError(shouldHaveCaughtUp(actual));
        }
        return myself;
    }

    /** Verifies how many invocations the mapping made, retries and final window invocations included. */
    public EventSourceMappingAssert hasInvocations(long expected) {
        isNotNull();
        return has("invocations", expected, actual.metrics().invocations());
    }

    /** Verifies how many records the mapping's invocations carried, a retried record each time it was sent. */
    public EventSourceMappingAssert hasDelivered(long records) {
        isNotNull();
        return has("recordsDelivered", records, actual.metrics().recordsDelivered());
    }

    /** Verifies how many records matched none of the mapping's filters and were dropped. */
    public EventSourceMappingAssert hasFilteredOut(long records) {
        isNotNull();
        return has("recordsFilteredOut", records, actual.metrics().recordsFilteredOut());
    }

    /**
     * Verifies how many batches the mapping gave up (a stream's or Kafka topic's retries exhausted or
     * records too old), each one reported to the on-failure destination when there is one.
     */
    public EventSourceMappingAssert hasDiscardedBatches(long batches) {
        isNotNull();
        return has("batchesDiscarded", batches, actual.metrics().batchesDiscarded());
    }

    /**
     * Verifies that the greatest {@code IteratorAge} so far (how old a batch's last record was when it
     * was invoked, on the runtime's clock) is at most {@code limit}: the stream never fell further behind.
     */
    public EventSourceMappingAssert hasMaximumIteratorAgeAtMost(Duration limit) {
        requireNonNull(limit, "limit");
        isNotNull();
        Duration age = actual.metrics().maximumIteratorAge();
        if (age.compareTo(limit) > 0) {
            throw assertionError(shouldShow(actual, "maximumIteratorAge", "at most", limit, age));
        }
        return myself;
    }

    private EventSourceMappingAssert has(String figure, long expected, long value) {
        if (value != expected) {
            throw assertionError(shouldShow(actual, figure, "=", expected, value));
        }
        return myself;
    }
}
