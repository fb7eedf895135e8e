package dev.lambdaharness.junit.assertj;

import static dev.lambdaharness.junit.assertj.LambdaAssertions.assertThat;
import static java.lang.String.format;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.junit.handlers.Exits;
import dev.lambdaharness.junit.handlers.Fails;
import dev.lambdaharness.junit.handlers.Greets;
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
        // The frames Fails throws from when this JVM runs it: its handleRequest, then the bridge method
        // that a call through RequestHandler enters, as the runtime's does.
        RequestHandler<String, String> handler = new Fails();
        StackTraceElement[] frames = catchThrowable(() -> handler.handleRequest("boom", null)).getStackTrace();
        // WHEN/THEN
        assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThat(result).succeeded())
                .withMessage(format("%nExpecting invocation to have succeeded but it failed with:%n"
                        + "  errorType: \"java.lang.IllegalStateException\"%n"
                        + "  errorMessage: \"boom\"%n"
                        + "  functionErrorType: \"Runtime.UserException\"%n"
                        + "Logs:%n"
                        + "  %s%n"
                        + "  START RequestId: %s Version: $LATEST%n"
                        + "  about to fail with boom%n"
                        + "  boom: java.lang.IllegalStateException%n"
                        + "  java.lang.IllegalStateException: boom%n"
                        + "  \tat %s%n"
                        + "  \tat %s%n"
                        + "  END RequestId: %s%n"
                        + "  %s",
                        Logs.line(result, "INIT_START"), id, frames[0], frames[1], id, Logs.line(result, "REPORT")));
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
