package dev.lambdaharness.junit.assertj;

import static dev.lambdaharness.junit.assertj.LambdaAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static java.lang.String.format;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.junit.handlers.Fails;
import dev.lambdaharness.junit.handlers.Greets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opentest4j.AssertionFailedError;

class InvocationResultAssert_hasPayload_Test {

    @RegisterExtension
    static final RealInvocations lambda = new RealInvocations();

    @Test
    void should_pass_when_the_payload_is_the_expected_text() {
        // GIVEN
        InvocationResult result = lambda.invoke(Greets.class, "\"world\"");
        // WHEN/THEN
        assertThat(result).hasPayload("\"hello world\"");
        assertThat(result).payloadAsString().startsWith("\"hello").endsWith("world\"");
    }

    @Test
    void should_fail_with_both_payloads_for_an_ide_to_compare() {
        // GIVEN
        InvocationResult result = lambda.invoke(Greets.class, "\"world\"");
        // WHEN/THEN
        // (caught rather than chained to satisfies(), whose signature changed in later AssertJ: compiled against
        // the oldest AssertJ, these tests also run on the newest)
        AssertionFailedError e = catchThrowableOfType(() -> assertThat(result).hasPayload("\"hi world\""), AssertionFailedError.class);
        assertThat(e).hasMessage(format("%nExpecting invocation to have returned payload:%n"
                + "  \"\"hi world\"\"%n"
                + "but it returned:%n"
                + "  \"\"hello world\"\""));
        assertThat(e.getActual().getValue()).isEqualTo("\"hello world\"");
        assertThat(e.getExpected().getValue()).isEqualTo("\"hi world\"");
    }

    @Test
    void should_fail_with_the_error_when_the_invocation_failed() {
        // GIVEN
        InvocationResult result = lambda.invoke(Fails.class, "\"boom\"");
        // WHEN/THEN
        assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThat(result).hasPayload("\"hello\""))
                .withMessage(format("%nExpecting invocation to have succeeded but it failed with:%n"
                        + "  errorType: \"java.lang.IllegalStateException\"%n"
                        + "  errorMessage: \"boom\"%n"
                        + "  functionErrorType: \"Runtime.UserException\"%n"
                        + "Logs:%n"
                        + "%s", Logs.indented(result)));
    }

    @Test
    void should_fail_to_navigate_to_the_payload_of_a_failed_invocation() {
        // GIVEN
        InvocationResult result = lambda.invoke(Fails.class, "\"boom\"");
        // WHEN/THEN
        assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThat(result).payloadAsString())
                .withMessageStartingWith(format("%nExpecting invocation to have succeeded but it failed with:%n"));
    }
}
