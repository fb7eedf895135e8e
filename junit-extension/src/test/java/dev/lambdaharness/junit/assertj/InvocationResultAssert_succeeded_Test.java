package dev.lambdaharness.junit.assertj;

import static dev.lambdaharness.junit.assertj.LambdaAssertions.assertThat;
import static java.lang.String.format;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.junit.assertj.functions.Exits;
import dev.lambdaharness.junit.assertj.functions.Fails;
import dev.lambdaharness.junit.assertj.functions.Greets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class InvocationResultAssert_succeeded_Test {

    @RegisterExtension
    static final RealInvocations lambda = new RealInvocations();

    @Test
    void should_pass_when_the_function_returned_a_response() {
        // GIVEN
        InvocationResult result = lambda.invoke(Greets.class, "\"world\"");
        // WHEN/THEN
        assertThat(result).succeeded();
    }

    @Test
    void should_fail_with_the_error_and_every_log_line_when_the_function_threw() {
        // GIVEN
        InvocationResult result = lambda.invoke(Fails.class, "\"boom\"");
        String id = result.requestId();
        // WHEN/THEN
        assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThat(result).succeeded())
                .withMessage(format("%nExpecting invocation to have succeeded but it failed with:%n"
                        + "  errorType: \"java.lang.IllegalStateException\"%n"
                        + "  errorMessage: \"boom\"%n"
                        + "  functionErrorType: \"Runtime.UserException\"%n"
                        + "Logs:%n"
                        + "  %s%n"
                        + "  START RequestId: %s Version: $LATEST%n"
                        + "  about to fail%n"
                        + "  boom: java.lang.IllegalStateException%n"
                        + "  java.lang.IllegalStateException: boom%n"
                        + "  \tat dev.lambdaharness.junit.assertj.functions.Fails.handleRequest(Fails.java:12)%n"
                        + "  \tat dev.lambdaharness.junit.assertj.functions.Fails.handleRequest(Fails.java:7)%n"
                        + "  END RequestId: %s%n"
                        + "  %s",
                        Logs.line(result, "INIT_START"), id, id, Logs.line(result, "REPORT")));
    }

    @Test
    void should_fail_with_the_platforms_error_when_the_runtime_exited() {
        // GIVEN
        InvocationResult result = lambda.invoke(Exits.class, "3");
        String id = result.requestId();
        // WHEN/THEN
        assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThat(result).succeeded())
                .withMessage(format("%nExpecting invocation to have succeeded but it failed with:%n"
                        + "  errorType: \"Runtime.ExitError\"%n"
                        + "  errorMessage: \"RequestId: %s Error: Runtime exited with error: exit status 3\"%n"
                        + "  functionErrorType: \"Runtime.ExitError\"%n"
                        + "Logs:%n"
                        + "  %s%n"
                        + "  START RequestId: %s Version: $LATEST%n"
                        + "  RequestId: %s Error: Runtime exited with error: exit status 3%n"
                        + "  Runtime.ExitError%n"
                        + "  END RequestId: %s%n"
                        + "  %s",
                        id, Logs.line(result, "INIT_START"), id, id, id, Logs.line(result, "REPORT")));
    }

    @Test
    void should_fail_when_there_is_no_result() {
        // GIVEN
        InvocationResult result = null;
        // WHEN/THEN
        assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThat(result).succeeded())
                .withMessage(format("%nExpecting actual not to be null"));
    }
}
