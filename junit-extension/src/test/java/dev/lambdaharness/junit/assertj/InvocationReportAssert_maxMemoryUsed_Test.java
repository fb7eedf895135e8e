package dev.lambdaharness.junit.assertj;

import static dev.lambdaharness.junit.assertj.LambdaAssertions.assertThat;
import static java.lang.String.format;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.junit.handlers.Greets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class InvocationReportAssert_maxMemoryUsed_Test {

    @RegisterExtension
    static final RealInvocations lambda = new RealInvocations();

    @Test
    void should_fail_saying_why_in_process_isolation_measures_no_peak() {
        // GIVEN
        InvocationResult result = lambda.invoke(Greets.class, "\"world\"");
        // WHEN/THEN
        assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThat(result).report().maxMemoryUsed())
                .withMessage(format("%nExpecting invocation to report Max Memory Used but it was not measured:"
                        + " in-process isolation runs every environment in the test JVM's heap, so no environment has"
                        + " a peak of its own (see docs/fidelity.md). Deploy the function with Isolation.FORKED to"
                        + " assert on memory."));
    }
}
