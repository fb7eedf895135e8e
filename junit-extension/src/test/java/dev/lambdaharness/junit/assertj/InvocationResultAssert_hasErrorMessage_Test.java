package dev.lambdaharness.junit.assertj;

import static dev.lambdaharness.junit.assertj.LambdaAssertions.assertThat;
import static java.lang.String.format;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.junit.handlers.Fails;
import dev.lambdaharness.junit.handlers.Greets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class InvocationResultAssert_hasErrorMessage_Test {

    @RegisterExtension
    static final RealInvocations lambda = new RealInvocations();

    private static InvocationResult failure;

    @BeforeAll
    static void invoke() {
        failure = lambda.invoke(Fails.class, "\"order A-1 is out of stock\"");
    }

    @Test
    void should_pass_when_the_error_message_is_as_expected() {
        // WHEN/THEN
        assertThat(failure).hasErrorMessage("order A-1 is out of stock")
                .hasErrorMessageContaining("out of stock")
                .hasErrorMessageMatching("order [A-Z]-\\d+ is out of stock");
    }

    @Test
    void should_fail_with_the_actual_error_when_the_message_differs() {
        // WHEN/THEN
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(failure).hasErrorMessage("order A-1 is late"))
                .withMessage(format("%nExpecting invocation to have failed with errorMessage:%n"
                        + "  \"order A-1 is late\"%n"
                        + "but it failed with:%n"
                        + "  errorType: \"java.lang.IllegalStateException\"%n"
                        + "  errorMessage: \"order A-1 is out of stock\"%n"
                        + "  functionErrorType: \"Runtime.UserException\"%n"
                        + "Logs:%n"
                        + "%s", Logs.indented(failure)));
    }

    @Test
    void should_fail_when_the_message_does_not_contain_the_text() {
        // WHEN/THEN
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(failure).hasErrorMessageContaining("late"))
                .withMessageStartingWith(format("%nExpecting invocation to have failed with an errorMessage containing:%n"
                        + "  \"late\"%n"
                        + "but it failed with:%n"
                        + "  errorType: \"java.lang.IllegalStateException\"%n"));
    }

    @Test
    void should_fail_when_the_regular_expression_matches_only_part_of_the_message() {
        // WHEN/THEN
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(failure).hasErrorMessageMatching("out of stock"))
                .withMessage(format("%nExpecting invocation to have failed with an errorMessage matching:%n"
                        + "  \"out of stock\"%n"
                        + "but it failed with:%n"
                        + "  errorType: \"java.lang.IllegalStateException\"%n"
                        + "  errorMessage: \"order A-1 is out of stock\"%n"
                        + "  functionErrorType: \"Runtime.UserException\"%n"
                        + "Logs:%n"
                        + "%s", Logs.indented(failure)));
    }

    @Test
    void should_fail_with_the_payload_when_the_invocation_succeeded() {
        // GIVEN
        InvocationResult success = lambda.invoke(Greets.class, "\"world\"");
        // WHEN/THEN
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(success).hasErrorMessageContaining("stock"))
                .withMessage(format("%nExpecting invocation to have failed with an errorMessage containing:%n"
                        + "  \"stock\"%n"
                        + "but it succeeded with payload:%n"
                        + "  \"\"hello world\"\""));
    }
}
