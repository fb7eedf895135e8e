package dev.lambdaharness.junit.assertj;

import static dev.lambdaharness.junit.assertj.LambdaAssertions.assertThat;
import static java.lang.String.format;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.lambdaharness.core.InvocationReport;
import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.core.InvocationStatus;
import dev.lambdaharness.core.LoadTestResult;
import dev.lambdaharness.core.ThrottleReason;
import dev.lambdaharness.core.TooManyRequestsException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class LoadTestResultAssert_figures_Test {

    private static InvocationResult result(boolean cold) {
        return new InvocationResult("r", "\"ok\"".getBytes(StandardCharsets.UTF_8), null, List.of(),
                new InvocationReport("r", 1.0, 1, 128, OptionalInt.empty(), Optional.empty(), cold, InvocationStatus.SUCCESS,
                        Optional.empty()));
    }

    // GIVEN three invocations (one cold) and two throttles
    private final LoadTestResult load = new LoadTestResult(5, List.of(result(true), result(false), result(false)),
            List.of(new TooManyRequestsException(ThrottleReason.RESERVED_FUNCTION_CONCURRENT_INVOCATION_LIMIT_EXCEEDED, "f", "x"),
                    new TooManyRequestsException(ThrottleReason.RESERVED_FUNCTION_CONCURRENT_INVOCATION_LIMIT_EXCEEDED, "f", "x")),
            List.of(Duration.ofMillis(3), Duration.ofMillis(1), Duration.ofMillis(2)), 3, Duration.ofMillis(10));

    @Test
    void should_pass_when_the_figures_are_as_expected() {
        // WHEN/THEN
        assertThat(load).hasThrottles(2).hasThrottles(ThrottleReason.RESERVED_FUNCTION_CONCURRENT_INVOCATION_LIMIT_EXCEEDED, 2)
                .hasThrottles(ThrottleReason.CONCURRENT_INVOCATION_LIMIT_EXCEEDED, 0).hasNoErrors().hasColdStarts(1)
                .hasColdStartsAtMost(1).allStarted();
        assertThat(load).p50().isEqualTo(Duration.ofMillis(2));
        assertThat(load).p90().isEqualTo(Duration.ofMillis(3));
        assertThat(load).max().isEqualTo(Duration.ofMillis(3));
    }

    @Test
    void should_fail_with_the_summary_when_a_figure_differs() {
        // WHEN/THEN
        assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThat(load).hasNoThrottles())
                .withMessage(format("%nExpecting load test to have had 0 throttles but it had 2.%nSummary:%n  5 invocations:"
                        + " 3 ran (1 cold, 0 errors), 2 throttled {RESERVED_FUNCTION_CONCURRENT_INVOCATION_LIMIT_EXCEEDED=2},"
                        + " 0 not started; p50 2.0 ms, p90 3.0 ms, max 3.0 ms; peak concurrency 3; 10.0 ms in all"));
        assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThat(load).hasColdStartsAtMost(0))
                .withMessageStartingWith(format("%nExpecting load test to have had 0 cold starts at most but it had 1."));
    }
}
