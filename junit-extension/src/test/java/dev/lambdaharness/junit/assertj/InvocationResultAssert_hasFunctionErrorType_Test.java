package dev.lambdaharness.junit.assertj;

import static dev.lambdaharness.junit.assertj.LambdaAssertions.assertThat;
import static java.lang.String.format;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.junit.handlers.Exits;
import dev.lambdaharness.junit.handlers.Fails;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class InvocationResultAssert_hasFunctionErrorType_Test {

    @RegisterExtension
    static final RealInvocations lambda = new RealInvocations();

    @Test
    void should_pass_for_an_uncaught_exception_as_a_user_exception() {
        // GIVEN
        InvocationResult result = lambda.invoke(Fails.class, "\"boom\"");
        // WHEN/THEN
        assertThat(result).hasFunctionErrorType("Runtime.UserException");
    }

    @Test
    void should_pass_for_a_runtime_that_exited_as_an_exit_error() {
        // GIVEN
        InvocationResult result = lambda.invoke(Exits.class, "1");
        // WHEN/THEN
        assertThat(result).hasFunctionErrorType("Runtime.ExitError").failedWith("Runtime.ExitError");
    }

    @Test
    void should_fail_with_the_actual_error_when_the_type_differs() {
        // GIVEN
        InvocationResult result = lambda.invoke(Exits.class, "2");
        String id = result.requestId();
        // WHEN/THEN
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(result).hasFunctionErrorType("Runtime.UserException"))
                .withMessage(format("%nExpecting invocation to have failed with functionErrorType:%n"
                        + "  \"Runtime.UserException\"%n"
                        + "but it failed with:%n"
                        + "  errorType: \"Runtime.ExitError\"%n"
                        + "  errorMessage: \"RequestId: %s Error: Runtime exited with error: exit status 2\"%n"
                        + "  functionErrorType: \"Runtime.ExitError\"%n"
                        + "Logs:%n"
                        + "%s", id, Logs.indented(result)));
    }
}
