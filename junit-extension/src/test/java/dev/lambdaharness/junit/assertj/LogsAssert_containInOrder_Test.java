package dev.lambdaharness.junit.assertj;

import static dev.lambdaharness.junit.assertj.LambdaAssertions.assertThat;
import static java.lang.String.format;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.junit.handlers.LogsRecords;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class LogsAssert_containInOrder_Test {

    @RegisterExtension
    static final RealInvocations lambda = new RealInvocations();

    private static InvocationResult result;

    @BeforeAll
    static void invoke() {
        result = lambda.invoke(LogsRecords.class, "2");
    }

    @Test
    void should_pass_when_the_texts_appear_in_this_order() {
        // WHEN/THEN
        assertThat(result).logs().containInOrder("START", "line 1", "line 2", "[WARN] stock is low", "REPORT");
    }

    @Test
    void should_fail_naming_the_text_missing_after_the_one_found() {
        // WHEN/THEN
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(result).logs().fromFunction().containInOrder("line 2", "line 1"))
                .withMessage(format("%nExpecting invocation logs to contain, in this order:%n"
                        + "  [\"line 2\", \"line 1\"]%n"
                        + "but no log event after the one containing \"line 2\" contains \"line 1\".%n"
                        + "Logs:%n"
                        + "  line 1%n"
                        + "  line 2%n"
                        + "  [INFO] order accepted%n"
                        + "  [WARN] stock is low"));
    }

    @Test
    void should_fail_naming_the_first_text_when_it_is_missing() {
        // WHEN/THEN
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(result).logs().fromFunction().containInOrder("line 3", "line 4"))
                .withMessage(format("%nExpecting invocation logs to contain, in this order:%n"
                        + "  [\"line 3\", \"line 4\"]%n"
                        + "but no log event contains \"line 3\".%n"
                        + "Logs:%n"
                        + "  line 1%n"
                        + "  line 2%n"
                        + "  [INFO] order accepted%n"
                        + "  [WARN] stock is low"));
    }
}
