package dev.lambdaharness.junit.assertj;

import static dev.lambdaharness.junit.internal.assertj.ShouldHaveReportField.shouldHave;
import static dev.lambdaharness.junit.internal.assertj.ShouldHaveReportField.shouldHaveInitDuration;
import static dev.lambdaharness.junit.internal.assertj.ShouldHaveReportField.shouldHaveMaxMemoryUsed;
import static dev.lambdaharness.junit.internal.assertj.ShouldHaveStarted.shouldBeColdStart;
import static dev.lambdaharness.junit.internal.assertj.ShouldHaveStarted.shouldBeWarmStart;
import static java.util.Objects.requireNonNull;

import dev.lambdaharness.core.InvocationReport;
import dev.lambdaharness.core.InvocationStatus;
import dev.lambdaharness.junit.internal.assertj.Navigation;
import java.time.Duration;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.AbstractDurationAssert;
import org.assertj.core.api.AbstractIntegerAssert;
import org.assertj.core.api.DurationAssert;
import org.assertj.core.api.IntegerAssert;

/**
 * Assertions on the figures of an invocation's {@code REPORT} line. Obtain one with
 * {@link InvocationResultAssert#report()} or {@link LambdaAssertions#assertThat(InvocationReport)}.
 *
 * <pre>{@code
 * assertThat(result).report()
 *         .wasColdStart()
 *         .initDuration().isLessThan(Duration.ofMillis(500));
 * assertThat(result).report().billedDuration().isLessThanOrEqualTo(Duration.ofMillis(100));
 * }</pre>
 */
public class InvocationReportAssert extends AbstractAssert<InvocationReportAssert, InvocationReport> {

    /**
     * Creates the assertion; public so that soft assertions can proxy it.
     *
     * @param actual the report under test
     */
    public InvocationReportAssert(InvocationReport actual) {
        super(actual, InvocationReportAssert.class);
    }

    /** Verifies that the invocation started a new execution environment. */
    public InvocationReportAssert wasColdStart() {
        isNotNull();
        if (!actual.coldStart()) {
            throw assertionError(shouldBeColdStart());
        }
        return myself;
    }

    /** Verifies that the invocation reused an execution environment an earlier invocation started. */
    public InvocationReportAssert wasWarmStart() {
        isNotNull();
        if (actual.coldStart()) {
            throw assertionError(shouldBeWarmStart());
        }
        return myself;
    }

    /** Verifies the invocation's request id. */
    public InvocationReportAssert hasRequestId(String expected) {
        requireNonNull(expected, "expected");
        isNotNull();
        if (!expected.equals(actual.requestId())) {
            throw assertionError(shouldHave("requestId", actual.requestId(), expected));
        }
        return myself;
    }

    /**
     * Verifies the report's status: {@link InvocationStatus#SUCCESS} (a function error too),
     * {@link InvocationStatus#ERROR} (the runtime failed) or {@link InvocationStatus#TIMEOUT}.
     *
     * <pre>{@code
     * assertThat(result).report().hasStatus(InvocationStatus.TIMEOUT);
     * }</pre>
     */
    public InvocationReportAssert hasStatus(InvocationStatus expected) {
        requireNonNull(expected, "expected");
        isNotNull();
        if (expected != actual.status()) {
            // In the words of the REPORT line: Status: timeout.
            throw assertionError(shouldHave("status", actual.status().wireName(), expected.wireName()));
        }
        return myself;
    }

    /** Asserts on the invoke phase's {@code Duration}. */
    public AbstractDurationAssert<?> duration() {
        isNotNull();
        return extractingForProxy(new DurationAssert(ofMillis(actual.durationMs())));
    }

    /** Asserts on the {@code Billed Duration}: the invoke phase, and INIT on a cold start, each rounded up to the millisecond. */
    public AbstractDurationAssert<?> billedDuration() {
        isNotNull();
        return extractingForProxy(new DurationAssert(Duration.ofMillis(actual.billedDurationMs())));
    }

    /** Verifies that the invocation was a cold start, then asserts on its {@code Init Duration}. */
    public AbstractDurationAssert<?> initDuration() {
        isNotNull();
        double initMs = actual.initDurationMs().orElseThrow(() -> assertionError(shouldHaveInitDuration()));
        return extractingForProxy(new DurationAssert(ofMillis(initMs)));
    }

    /** Asserts on the configured {@code Memory Size}, in MB. */
    public AbstractIntegerAssert<?> memorySize() {
        isNotNull();
        return extractingForProxy(new IntegerAssert(actual.memorySizeMb()));
    }

    /**
     * Verifies that the environment's peak memory was measured, then asserts on the
     * {@code Max Memory Used}, in MB. Only forked isolation measures it.
     */
    public AbstractIntegerAssert<?> maxMemoryUsed() {
        isNotNull();
        if (actual.maxMemoryUsedMb().isEmpty()) {
            throw assertionError(shouldHaveMaxMemoryUsed());
        }
        return extractingForProxy(new IntegerAssert(actual.maxMemoryUsedMb().getAsInt()));
    }

    /** Hands a navigation's assertion through, so that soft assertions proxy it; see {@link InvocationResultAssert}. */
    protected <A extends AbstractAssert<?, ?>> A extractingForProxy(A navigation) {
        return Navigation.from(info, navigation);
    }

    private static Duration ofMillis(double millis) {
        return Duration.ofNanos(Math.round(millis * 1_000_000));
    }
}
