package dev.lambdaharness.junit.assertj;

import static dev.lambdaharness.junit.internal.assertj.ShouldHaveEmittedMetric.shouldHave;
import static java.util.Objects.requireNonNull;

import dev.lambdaharness.core.EmbeddedMetric;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a metric a function wrote in CloudWatch's embedded metric format. Obtain one with
 * {@link InvocationResultAssert#emittedMetric(String, String)}.
 *
 * <pre>{@code
 * assertThat(result).emittedMetric("Orders", "OrderTotal")
 *         .hasValue(3).hasUnit("Count").hasDimensions(Map.of("Service", "orders"));
 * }</pre>
 */
public class EmbeddedMetricAssert extends AbstractAssert<EmbeddedMetricAssert, EmbeddedMetric> {

    /**
     * Creates the assertion; public so that soft assertions can proxy it.
     *
     * @param actual the metric under test
     */
    public EmbeddedMetricAssert(EmbeddedMetric actual) {
        super(actual, EmbeddedMetricAssert.class);
    }

    /** Verifies that the metric has exactly this one value. */
    public EmbeddedMetricAssert hasValue(double expected) {
        isNotNull();
        if (!actual.values().equals(List.of(expected))) {
            throw assertionError(shouldHave(actual, "value", expected, actual.values()));
        }
        return myself;
    }

    /** Verifies the metric's values, in order. */
    public EmbeddedMetricAssert hasValues(Double... expected) {
        isNotNull();
        if (!actual.values().equals(List.of(expected))) {
            throw assertionError(shouldHave(actual, "values", List.of(expected), actual.values()));
        }
        return myself;
    }

    /** Verifies the metric's unit, as CloudWatch spells it ({@code Count}, {@code Milliseconds}, {@code None}). */
    public EmbeddedMetricAssert hasUnit(String expected) {
        requireNonNull(expected, "expected");
        isNotNull();
        if (!expected.equals(actual.unit())) {
            throw assertionError(shouldHave(actual, "unit", expected, actual.unit()));
        }
        return myself;
    }

    /** Verifies the dimensions of the metric's set, names and values, exactly. */
    public EmbeddedMetricAssert hasDimensions(Map<String, String> expected) {
        requireNonNull(expected, "expected");
        isNotNull();
        if (!expected.equals(actual.dimensions())) {
            throw assertionError(shouldHave(actual, "dimensions", expected, actual.dimensions()));
        }
        return myself;
    }

    /** Verifies the storage resolution: 1 (high resolution) or 60 (standard). */
    public EmbeddedMetricAssert hasStorageResolution(int expected) {
        isNotNull();
        if (actual.storageResolution() != expected) {
            throw assertionError(shouldHave(actual, "storage resolution", expected, actual.storageResolution()));
        }
        return myself;
    }
}
