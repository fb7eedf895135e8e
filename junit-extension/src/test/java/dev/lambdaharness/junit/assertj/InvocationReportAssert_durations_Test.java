package dev.lambdaharness.junit.assertj;

import static dev.lambdaharness.junit.assertj.LambdaAssertions.assertThat;
import static java.lang.String.format;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.junit.handlers.Greets;
import dev.lambdaharness.junit.handlers.Sleeps;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class InvocationReportAssert_durations_Test {

    @RegisterExtension
    static final RealInvocations lambda = new RealInvocations();

    @Test
    void should_assert_on_the_figures_of_the_report_line() {
        // GIVEN a function that sleeps 50 ms
        InvocationResult result = lambda.invoke(FunctionConfig.builder(Sleeps.class.getName()).memorySize(512), "50");
        // WHEN/THEN
        assertThat(result).report().duration().isGreaterThanOrEqualTo(Duration.ofMillis(50));
        assertThat(result).report().initDuration().isPositive();
        assertThat(result).report().billedDuration()
                .isEqualTo(Duration.ofMillis(result.report().billedDurationMs()))
                .isGreaterThanOrEqualTo(Duration.ofMillis(51));
        assertThat(result).report().memorySize().isEqualTo(512);
    }

    @Test
    void should_fail_when_the_duration_is_off() {
        // GIVEN
        InvocationResult result = lambda.invoke(FunctionConfig.builder(Sleeps.class.getName()), "50");
        // WHEN/THEN
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(result).report().duration().isLessThan(Duration.ofMillis(50)))
                .withMessageContaining("to be less than:");
    }

    @Test
    void should_fail_to_read_an_init_duration_of_a_warm_start() {
        // GIVEN
        InvocationResult result = lambda.invokeWarm(Greets.class, "\"world\"");
        // WHEN/THEN
        assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThat(result).report().initDuration())
                .withMessage(format("%nExpecting invocation to have an Init Duration but it has none: it was a warm"
                        + " start, and only a cold start runs INIT."));
    }
}
