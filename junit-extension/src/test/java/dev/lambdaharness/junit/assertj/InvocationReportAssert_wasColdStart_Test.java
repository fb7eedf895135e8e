package dev.lambdaharness.junit.assertj;

import static dev.lambdaharness.junit.assertj.LambdaAssertions.assertThat;
import static java.lang.String.format;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.junit.handlers.Greets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class InvocationReportAssert_wasColdStart_Test {

    @RegisterExtension
    static final RealInvocations lambda = new RealInvocations();

    @Test
    void should_pass_for_the_first_invocation_of_a_function() {
        // GIVEN
        InvocationResult result = lambda.invoke(Greets.class, "\"world\"");
        // WHEN/THEN
        assertThat(result).wasColdStart().report().wasColdStart();
        assertThat(result.report()).wasColdStart();
    }

    @Test
    void should_pass_for_an_invocation_that_reused_the_environment() {
        // GIVEN
        InvocationResult result = lambda.invokeWarm(Greets.class, "\"world\"");
        // WHEN/THEN
        assertThat(result).wasWarmStart().report().wasWarmStart();
    }

    @Test
    void should_fail_when_a_cold_start_was_expected_of_a_warm_one() {
        // GIVEN
        InvocationResult result = lambda.invokeWarm(Greets.class, "\"world\"");
        // WHEN/THEN
        assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThat(result).wasColdStart())
                .withMessage(format("%nExpecting invocation to have been a cold start but it was a warm start: it"
                        + " reused an environment an earlier invocation had started."));
        assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThat(result).report().wasColdStart())
                .withMessage(format("%nExpecting invocation to have been a cold start but it was a warm start: it"
                        + " reused an environment an earlier invocation had started."));
    }

    @Test
    void should_fail_when_a_warm_start_was_expected_of_a_cold_one() {
        // GIVEN
        InvocationResult result = lambda.invoke(Greets.class, "\"world\"");
        // WHEN/THEN
        assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThat(result).report().wasWarmStart())
                .withMessage(format("%nExpecting invocation to have been a warm start but it was a cold start: it"
                        + " started a new environment and ran INIT first."));
    }
}
