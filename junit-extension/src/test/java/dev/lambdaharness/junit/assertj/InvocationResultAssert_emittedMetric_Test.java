package dev.lambdaharness.junit.assertj;

import static dev.lambdaharness.junit.assertj.LambdaAssertions.assertThat;
import static java.lang.String.format;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.lambdaharness.core.EmbeddedMetrics;
import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.junit.handlers.WritesMetrics;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class InvocationResultAssert_emittedMetric_Test {

    @RegisterExtension
    static final RealInvocations lambda = new RealInvocations();

    @Test
    void should_pass_for_a_metric_written_in_the_embedded_metric_format() {
        // GIVEN
        InvocationResult result = lambda.invoke(WritesMetrics.class, "\"web\"");
        // WHEN/THEN
        assertThat(result).emittedMetric("Orders", "OrderTotal").hasValue(3).hasUnit("Count").hasStorageResolution(1)
                .hasDimensions(Map.of("Service", "orders", "Type", "web"));
        assertThat(result).emittedMetric("Orders", "Latency").hasValues(1.5, 2.0).hasUnit("Milliseconds")
                .hasStorageResolution(60);
        assertThat(result).emittedMetric("Orders", "ColdStart").hasValue(1);
        assertThat(result).emittedNoMetric("Orders", "NotWritten");
        org.assertj.core.api.Assertions.assertThat(EmbeddedMetrics.in(result)).hasSize(3);
    }

    @Test
    void should_tell_a_metric_written_only_on_the_cold_start() {
        // GIVEN
        InvocationResult warm = lambda.invokeWarm(WritesMetrics.class, "\"web\"");
        // WHEN/THEN
        assertThat(warm).emittedNoMetric("Orders", "ColdStart").emittedMetric("Orders", "OrderTotal").hasValue(3);
        assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThat(warm).emittedMetric("Orders", "ColdStart"))
                .withMessageStartingWith(format("%nExpecting invocation to have written metric Orders/ColdStart but it wrote"
                        + " Orders/OrderTotal [3.0] Count"));
    }

    @Test
    void should_fail_with_what_the_metric_had() {
        // GIVEN
        InvocationResult result = lambda.invoke(WritesMetrics.class, "\"web\"");
        // WHEN/THEN
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(result).emittedMetric("Orders", "OrderTotal").hasValue(4))
                .withMessage(format("%nExpecting metric Orders/OrderTotal to have value 4.0 but it had [3.0]."));
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(result).emittedNoMetric("Orders", "ColdStart"))
                .withMessage(format("%nExpecting invocation not to have written metric Orders/ColdStart but it did:"
                        + " Orders/ColdStart [1.0] Count {Service=orders}."));
    }
}
