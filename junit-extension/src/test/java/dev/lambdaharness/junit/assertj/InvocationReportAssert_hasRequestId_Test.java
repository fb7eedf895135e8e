package dev.lambdaharness.junit.assertj;

import static dev.lambdaharness.junit.assertj.LambdaAssertions.assertThat;
import static java.lang.String.format;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.core.InvocationStatus;
import dev.lambdaharness.junit.handlers.Greets;
import dev.lambdaharness.junit.handlers.Sleeps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class InvocationReportAssert_hasRequestId_Test {

    @RegisterExtension
    static final RealInvocations lambda = new RealInvocations();

    @Test
    void should_pass_for_the_request_id_of_the_invocation() {
        // GIVEN
        InvocationResult result = lambda.invoke(Greets.class, "\"world\"");
        // WHEN/THEN
        assertThat(result).report().hasRequestId(result.requestId()).hasStatus(InvocationStatus.SUCCESS);
    }

    @Test
    void should_fail_with_the_actual_request_id() {
        // GIVEN
        InvocationResult result = lambda.invoke(Greets.class, "\"world\"");
        // WHEN/THEN
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(result).report().hasRequestId("c0ffee00-0000-4000-8000-000000000000"))
                .withMessage(format("%nExpecting invocation to have requestId:%n"
                        + "  \"c0ffee00-0000-4000-8000-000000000000\"%n"
                        + "but it had:%n"
                        + "  \"%s\"", result.requestId()));
    }

    @Test
    void should_fail_with_the_status_of_a_timed_out_invocation() {
        // GIVEN
        InvocationResult result = lambda.invoke(FunctionConfig.builder(Sleeps.class.getName()).timeout(1), "3000");
        // WHEN/THEN
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(result).report().hasStatus(InvocationStatus.SUCCESS))
                .withMessage(format("%nExpecting invocation to have status:%n"
                        + "  \"success\"%n"
                        + "but it had:%n"
                        + "  \"timeout\""));
    }
}
