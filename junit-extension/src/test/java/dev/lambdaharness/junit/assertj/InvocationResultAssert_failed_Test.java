package dev.lambdaharness.junit.assertj;

import static dev.lambdaharness.junit.assertj.LambdaAssertions.assertThat;
import static java.lang.String.format;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.junit.handlers.Fails;
import dev.lambdaharness.junit.handlers.Greets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class InvocationResultAssert_failed_Test {

    @RegisterExtension
    static final RealInvocations lambda = new RealInvocations();

    @Test
    void should_pass_when_the_function_threw() {
        // GIVEN
        InvocationResult result = lambda.invoke(Fails.class, "\"boom\"");
        // WHEN/THEN
        assertThat(result).failed().failedWith("java.lang.IllegalStateException");
    }

    @Test
    void should_fail_with_the_payload_when_the_invocation_succeeded() {
        // GIVEN
        InvocationResult result = lambda.invoke(Greets.class, "\"world\"");
        // WHEN/THEN
        assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThat(result).failed())
                .withMessage(format("%nExpecting invocation to have failed but it succeeded with payload:%n"
                        + "  \"\"hello world\"\""));
    }

    @Test
    void should_fail_with_the_payload_when_an_error_type_was_expected_of_a_success() {
        // GIVEN
        InvocationResult result = lambda.invoke(Greets.class, "\"world\"");
        // WHEN/THEN
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(result).failedWith("java.lang.IllegalStateException"))
                .withMessage(format("%nExpecting invocation to have failed with errorType:%n"
                        + "  \"java.lang.IllegalStateException\"%n"
                        + "but it succeeded with payload:%n"
                        + "  \"\"hello world\"\""));
    }

    @Test
    void should_fail_with_the_actual_error_when_the_error_type_differs() {
        // GIVEN
        InvocationResult result = lambda.invoke(Fails.class, "\"boom\"");
        // WHEN/THEN
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(result).failedWith("java.lang.IllegalArgumentException"))
                .withMessage(format("%nExpecting invocation to have failed with errorType:%n"
                        + "  \"java.lang.IllegalArgumentException\"%n"
                        + "but it failed with:%n"
                        + "  errorType: \"java.lang.IllegalStateException\"%n"
                        + "  errorMessage: \"boom\"%n"
                        + "  functionErrorType: \"Runtime.UserException\"%n"
                        + "Logs:%n"
                        + "%s", Logs.indented(result)));
    }
}
