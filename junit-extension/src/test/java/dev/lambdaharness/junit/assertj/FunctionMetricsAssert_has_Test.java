package dev.lambdaharness.junit.assertj;

import static dev.lambdaharness.junit.assertj.LambdaAssertions.assertThat;
import static java.lang.String.format;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.lambdaharness.core.FunctionMetrics;
import dev.lambdaharness.core.MetricStatistics;
import org.junit.jupiter.api.Test;

class FunctionMetricsAssert_has_Test {

    // GIVEN three invocations, one an error, one throttle, 2 ms on average
    private final FunctionMetrics metrics = new FunctionMetrics(3, 1, 1, new MetricStatistics(3, 6, 1, 3, 2, 3, 3), 2, 0,
            0, MetricStatistics.NONE, 0, 0, 0);

    @Test
    void should_pass_when_the_metric_has_the_value() {
        // WHEN/THEN
        assertThat(metrics).has("Invocations", 3).has("Errors", 1).has("Throttles", 1).has("Duration", 2)
                .has("ConcurrentExecutions", 2).has("AsyncEventsReceived", 0);
    }

    @Test
    void should_fail_listing_every_metric() {
        // WHEN/THEN
        assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThat(metrics).has("Throttles", 0))
                .withMessage(format("%nExpecting function to have Throttles 0.0 but it had 1.0.%nMetrics:%n  Invocations=3.0,"
                        + " Errors=1.0, Throttles=1.0, Duration=2.0, ConcurrentExecutions=2.0,"
                        + " ProvisionedConcurrentExecutions=0.0, AsyncEventsReceived=0.0, AsyncEventAge=0.0,"
                        + " AsyncEventsDropped=0.0, DeadLetterErrors=0.0, DestinationDeliveryFailures=0.0"));
        assertThatIllegalArgumentException().isThrownBy(() -> assertThat(metrics).has("Throttle", 0))
                .withMessageStartingWith("No metric of a function is named 'Throttle'.");
    }
}
