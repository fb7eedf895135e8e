package dev.lambdaharness.junit.assertj;

import static dev.lambdaharness.junit.assertj.LambdaAssertions.assertThat;

import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.junit.handlers.Greets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code maxMemoryUsed()} on what a forked environment measured: a child JVM, so under Failsafe. */
class InvocationReportAssert_maxMemoryUsed_IT {

    @RegisterExtension
    static final RealInvocations lambda = new RealInvocations();

    @Test
    @EnabledOnOs(value = OS.LINUX, disabledReason = "forked isolation runs the RIC, whose native client is Linux-only")
    void should_pass_when_a_forked_environment_measured_its_peak() {
        // GIVEN
        InvocationResult result = lambda.invokeForked(Greets.class, "\"world\"");
        // WHEN/THEN
        assertThat(result).succeeded().report().maxMemoryUsed().isPositive().isLessThanOrEqualTo(128);
    }
}
