package dev.lambdaharness.junit.assertj;

import static dev.lambdaharness.junit.assertj.LambdaAssertions.assertThat;
import static dev.lambdaharness.junit.assertj.LambdaAssertions.assertThatThrottled;
import static java.lang.String.format;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.core.ThrottleReason;
import dev.lambdaharness.core.TooManyRequestsException;
import dev.lambdaharness.junit.handlers.Greets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ThrottleAssert_hasReason_Test {

    @RegisterExtension
    static final RealInvocations lambda = new RealInvocations();

    private static final TooManyRequestsException THROTTLE =
            new TooManyRequestsException(ThrottleReason.CONCURRENT_INVOCATION_LIMIT_EXCEEDED, "arn", "busy");

    @Test
    void should_pass_when_the_reason_is_the_expected_one() {
        // WHEN/THEN
        assertThat(THROTTLE).hasReason(ThrottleReason.CONCURRENT_INVOCATION_LIMIT_EXCEEDED).hasMessageContaining("busy");
        assertThatThrottled(() -> { throw THROTTLE; }).hasReason(ThrottleReason.CONCURRENT_INVOCATION_LIMIT_EXCEEDED);
    }

    @Test
    void should_fail_when_the_reason_differs() {
        // WHEN/THEN
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(THROTTLE).hasReason(ThrottleReason.RESERVED_FUNCTION_CONCURRENT_INVOCATION_LIMIT_EXCEEDED))
                .withMessage(format("%nExpecting throttle to have reason ReservedFunctionConcurrentInvocationLimitExceeded"
                        + " but it had ConcurrentInvocationLimitExceeded."));
    }

    @Test
    void should_fail_when_the_invocation_ran() {
        // GIVEN
        InvocationResult result = lambda.invoke(Greets.class, "\"world\"");
        // WHEN/THEN
        assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThatThrottled(() -> result))
                .withMessage(format("%nExpecting invocation to be throttled but it ran and succeeded with payload:%n  \"\"hello world\"\""));
    }

    @Test
    void should_fail_when_the_invocation_threw_something_else() {
        // WHEN/THEN
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThatThrottled(() -> { throw new IllegalStateException("closed"); }))
                .withMessage(format("%nExpecting invocation to be throttled but it threw:%n  java.lang.IllegalStateException: closed"));
    }
}
