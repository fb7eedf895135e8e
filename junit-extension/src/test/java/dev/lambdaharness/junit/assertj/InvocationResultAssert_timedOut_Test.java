package dev.lambdaharness.junit.assertj;

import static dev.lambdaharness.junit.assertj.LambdaAssertions.assertThat;
import static java.lang.String.format;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.junit.handlers.Fails;
import dev.lambdaharness.junit.handlers.Sleeps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class InvocationResultAssert_timedOut_Test {

    @RegisterExtension
    static final RealInvocations lambda = new RealInvocations();

    @Test
    void should_pass_when_the_function_ran_out_of_its_timeout() {
        // GIVEN a one-second timeout, Lambda's shortest, and a function that needs three
        InvocationResult result = lambda.invoke(FunctionConfig.builder(Sleeps.class.getName()).timeout(1), "3000");
        // WHEN/THEN
        assertThat(result).timedOut()
                .hasFunctionErrorType("Sandbox.Timedout")
                .hasErrorMessage("RequestId: " + result.requestId() + " Error: Task timed out after 1.00 seconds");
    }

    @Test
    void should_fail_with_the_payload_when_the_function_finished_in_time() {
        // GIVEN
        InvocationResult result = lambda.invoke(FunctionConfig.builder(Sleeps.class.getName()).timeout(1), "1");
        // WHEN/THEN
        assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThat(result).timedOut())
                .withMessage(format("%nExpecting invocation to have timed out but it succeeded with payload:%n"
                        + "  \"\"slept 1 ms\"\""));
    }

    @Test
    void should_fail_with_the_error_when_the_function_failed_otherwise() {
        // GIVEN
        InvocationResult result = lambda.invoke(Fails.class, "\"boom\"");
        // WHEN/THEN
        assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThat(result).timedOut())
                .withMessage(format("%nExpecting invocation to have timed out but it failed with:%n"
                        + "  errorType: \"java.lang.IllegalStateException\"%n"
                        + "  errorMessage: \"boom\"%n"
                        + "  functionErrorType: \"Runtime.UserException\"%n"
                        + "Logs:%n"
                        + "%s", Logs.indented(result)));
    }
}
