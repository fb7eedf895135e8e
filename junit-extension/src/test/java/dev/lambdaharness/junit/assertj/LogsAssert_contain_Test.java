package dev.lambdaharness.junit.assertj;

import static dev.lambdaharness.junit.assertj.LambdaAssertions.assertThat;
import static java.lang.String.format;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.junit.handlers.Greets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class LogsAssert_contain_Test {

    @RegisterExtension
    static final RealInvocations lambda = new RealInvocations();

    private static InvocationResult result;

    @BeforeAll
    static void invoke() {
        result = lambda.invoke(Greets.class, "\"world\"");
    }

    @Test
    void should_pass_when_a_log_event_contains_the_text() {
        // WHEN/THEN
        assertThat(result).logs().contain("greeting wor").contain("two lines").contain("START RequestId: ");
    }

    @Test
    void should_pass_for_a_whole_event_or_one_line_of_a_multi_line_record() {
        // WHEN/THEN the LambdaLogger record "greeted\nover two lines" is one event of two lines
        assertThat(result).logs().containLine("greeting world").containLine("greeted\nover two lines")
                .containLine("over two lines");
    }

    @Test
    void should_pass_when_no_log_event_contains_the_text() {
        // WHEN/THEN
        assertThat(result).logs().doNotContain("password");
    }

    @Test
    void should_fail_with_every_log_event_when_none_contains_the_text() {
        // WHEN/THEN
        assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThat(result).logs().contain("farewell"))
                .withMessage(format("%nExpecting invocation logs to contain:%n"
                        + "  \"farewell\"%n"
                        + "but no log event does.%n"
                        + "Logs:%n"
                        + "  %s%n"
                        + "  START RequestId: %s Version: $LATEST%n"
                        + "  greeting world%n"
                        + "  greeted%n"
                        + "  over two lines%n"
                        + "  END RequestId: %s%n"
                        + "  %s",
                        Logs.line(result, "INIT_START"), result.requestId(), result.requestId(), Logs.line(result, "REPORT")));
    }

    @Test
    void should_fail_when_the_line_is_only_part_of_a_log_event() {
        // WHEN/THEN
        assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThat(result).logs().fromFunction().containLine("greeting"))
                .withMessage(format("%nExpecting invocation logs to contain the line:%n"
                        + "  \"greeting\"%n"
                        + "but no log line is exactly that.%n"
                        + "Logs:%n"
                        + "  greeting world%n"
                        + "  greeted%n"
                        + "  over two lines"));
    }

    @Test
    void should_keep_the_description_given_before_the_navigation() {
        // WHEN/THEN
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(result).as("greeting").logs().fromFunction().doNotContain("world"))
                .withMessage(format("[greeting] %nExpecting invocation logs not to contain:%n"
                        + "  \"world\"%n"
                        + "but this log event does:%n"
                        + "  greeting world"));
    }

    @Test
    void should_fail_with_the_log_event_that_contains_the_text() {
        // WHEN/THEN
        assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThat(result).logs().doNotContain("two"))
                .withMessage(format("%nExpecting invocation logs not to contain:%n"
                        + "  \"two\"%n"
                        + "but this log event does:%n"
                        + "  greeted%n"
                        + "  over two lines"));
    }
}
