package dev.lambdaharness.junit.assertj;

import static dev.lambdaharness.junit.internal.assertj.ShouldHaveMetric.shouldHave;
import static java.util.Objects.requireNonNull;

import dev.lambdaharness.core.FunctionMetrics;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on what CloudWatch would show for a function ({@code function.metrics()}), by
 * CloudWatch's metric names. A failure lists every metric.
 *
 * <pre>{@code
 * assertThat(function.metrics()).has("Invocations", 3).has("Errors", 3).has("AsyncEventsDropped", 1);
 * }</pre>
 */
public class FunctionMetricsAssert extends AbstractAssert<FunctionMetricsAssert, FunctionMetrics> {

    /**
     * Creates the assertion; public so that soft assertions can proxy it.
     *
     * @param actual the metrics under test
     */
    public FunctionMetricsAssert(FunctionMetrics actual) {
        super(actual, FunctionMetricsAssert.class);
    }

    /**
     * Verifies one metric by CloudWatch's name, with the statistic {@link FunctionMetrics#value(String)}
     * gives it (the sum of a count, the maximum of a concurrency, the average of a duration).
     *
     * @throws IllegalArgumentException for a name CloudWatch does not give a function, naming those it does
     */
    public FunctionMetricsAssert has(String name, double expected) {
        requireNonNull(name, "name");
        isNotNull();
        double value = actual.value(name);
        if (Double.compare(value, expected) != 0) {
            throw assertionError(shouldHave(name, expected, value, actual));
        }
        return myself;
    }
}
