package dev.lambdaharness.junit.assertj;

import static dev.lambdaharness.junit.assertj.LambdaAssertions.assertThat;
import static java.lang.String.format;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.junit.handlers.LogsRecords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class LogsAssert_haveSize_Test {

    @RegisterExtension
    static final RealInvocations lambda = new RealInvocations();

    @Test
    void should_count_the_functions_events_and_the_platforms_apart() {
        // GIVEN a warm invocation: START, END and REPORT, no INIT_START
        InvocationResult result = lambda.invokeWarm(LogsRecords.class, "1");
        // WHEN/THEN
        assertThat(result).logs().haveSize(6);
        assertThat(result).logs().fromFunction().haveSize(3);
        assertThat(result).logs().fromPlatform().haveSize(3).doNotContain("INIT_START");
    }

    @Test
    void should_fail_with_the_log_events() {
        // GIVEN
        InvocationResult result = lambda.invoke(LogsRecords.class, "1");
        // WHEN/THEN
        assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThat(result).logs().fromFunction().haveSize(2))
                .withMessage(format("%nExpecting invocation logs to have size:%n"
                        + "  2%n"
                        + "but it was:%n"
                        + "  3%n"
                        + "Logs:%n"
                        + "  line 1%n"
                        + "  [INFO] order accepted%n"
                        + "  [WARN] stock is low"));
    }

    @Test
    void should_show_only_the_last_fifty_log_events() {
        // GIVEN 60 printed lines, then two records
        InvocationResult result = lambda.invoke(LogsRecords.class, "60");
        // WHEN/THEN
        assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThat(result).logs().fromFunction().haveSize(1))
                .withMessageStartingWith(format("%nExpecting invocation logs to have size:%n"
                        + "  1%n"
                        + "but it was:%n"
                        + "  62%n"
                        + "Logs:%n"
                        + "  … 12 earlier log events not shown%n"
                        + "  line 13%n"))
                .withMessageEndingWith(format("  line 60%n  [INFO] order accepted%n  [WARN] stock is low"));
    }
}
