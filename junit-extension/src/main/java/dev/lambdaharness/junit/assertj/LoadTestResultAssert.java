package dev.lambdaharness.junit.assertj;

import static dev.lambdaharness.junit.internal.assertj.ShouldHaveLoadFigure.shouldHave;
import static java.util.Objects.requireNonNull;

import dev.lambdaharness.core.LoadTestResult;
import dev.lambdaharness.core.ThrottleReason;
import dev.lambdaharness.junit.internal.assertj.Navigation;
import java.time.Duration;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.AbstractDurationAssert;
import org.assertj.core.api.DurationAssert;

/**
 * Assertions on the summary of a {@link dev.lambdaharness.core.LoadTest}. A failure shows the
 * whole summary under the figure that differed.
 *
 * <pre>{@code
 * LoadTestResult result = LoadTest.of(function).invocations(100).concurrency(10).run();
 * assertThat(result).hasNoErrors().hasThrottles(0).hasColdStartsAtMost(10)
 *         .p90().isLessThan(Duration.ofMillis(200));
 * }</pre>
 */
public class LoadTestResultAssert extends AbstractAssert<LoadTestResultAssert, LoadTestResult> {

    /**
     * Creates the assertion; public so that soft assertions can proxy it.
     *
     * @param actual the summary under test
     */
    public LoadTestResultAssert(LoadTestResult actual) {
        super(actual, LoadTestResultAssert.class);
    }

    /** Verifies how many invocations were throttled, whatever the reason. */
    public LoadTestResultAssert hasThrottles(int expected) {
        return has("throttles", actual().throttles(), expected);
    }

    /** Verifies how many invocations were throttled for one reason. */
    public LoadTestResultAssert hasThrottles(ThrottleReason reason, int expected) {
        requireNonNull(reason, "reason");
        return has("throttles for " + reason.wireName(), actual().throttlesByReason().getOrDefault(reason, 0), expected);
    }

    /** Verifies that no invocation was throttled. */
    public LoadTestResultAssert hasNoThrottles() {
        return hasThrottles(0);
    }

    /** Verifies how many invocations ended in an error (a function error, a timeout, a crash). */
    public LoadTestResultAssert hasErrors(int expected) {
        return has("errors", actual().errors(), expected);
    }

    /** Verifies that no invocation ended in an error. */
    public LoadTestResultAssert hasNoErrors() {
        return hasErrors(0);
    }

    /** Verifies how many invocations were cold starts. */
    public LoadTestResultAssert hasColdStarts(int expected) {
        return has("cold starts", actual().coldStarts(), expected);
    }

    /** Verifies that at most this many invocations were cold starts. */
    public LoadTestResultAssert hasColdStartsAtMost(int most) {
        int coldStarts = actual().coldStarts();
        if (coldStarts > most) {
            throw assertionError(shouldHave("cold starts at most", coldStarts, most, actual));
        }
        return myself;
    }

    /** Verifies that every invocation started: none was left out at the time limit. */
    public LoadTestResultAssert allStarted() {
        return has("invocations never started", actual().notStarted(), 0);
    }

    /** Navigates to the median latency. */
    public AbstractDurationAssert<?> p50() {
        return latency(actual().p50());
    }

    /** Navigates to the 90th-percentile latency. */
    public AbstractDurationAssert<?> p90() {
        return latency(actual().p90());
    }

    /** Navigates to the longest latency. */
    public AbstractDurationAssert<?> max() {
        return latency(actual().max());
    }

    private AbstractDurationAssert<?> latency(Duration value) {
        return Navigation.from(info, new DurationAssert(value));
    }

    private LoadTestResult actual() {
        isNotNull();
        return actual;
    }

    private LoadTestResultAssert has(String figure, int value, int expected) {
        if (value != expected) {
            throw assertionError(shouldHave(figure, value, expected, actual));
        }
        return myself;
    }
}
