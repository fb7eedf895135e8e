package dev.lambdaharness.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lambdaharness.core.corpus.CorpusCode;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The metrics CloudWatch would show for a function, counted as its invocations and events happen. */
class FunctionMetricsTest {

    private static final String FAILURES = "arn:aws:sqs:us-east-1:123456789012:failures";
    private static final String DEAD_LETTERS = "arn:aws:sqs:us-east-1:123456789012:dead-letters";

    private final VirtualClock clock = RuntimeClock.virtual(Instant.parse("2026-01-01T00:00:00Z"));
    private final LambdaRuntime runtime = LambdaRuntime.builder().clock(clock).build();

    @AfterEach
    void close() {
        runtime.close();
    }

    @Test
    void synchronousInvocationsCountInvocationsErrorsThrottlesAndDurations() {
        LambdaFunction hello = runtime.function(FunctionConfig.builder("dev.lambdaharness.core.corpus.WaitsForGate::handle")
                .build(), CorpusCode.code());
        LambdaFunction fails = runtime.function(FunctionConfig.builder("dev.lambdaharness.core.corpus.Throws").build(),
                CorpusCode.code());
        hello.invoke("{}");
        hello.invoke("{}");
        fails.invoke("\"x\"");
        fails.putReservedConcurrency(0);
        assertThatThrownBy(() -> fails.invoke("\"x\"")).isInstanceOf(TooManyRequestsException.class);

        FunctionMetrics ok = hello.metrics();
        assertThat(ok.invocations()).isEqualTo(2);
        assertThat(ok.errors()).isZero();
        assertThat(ok.duration().sampleCount()).isEqualTo(2);
        assertThat(ok.duration().maximum()).isGreaterThanOrEqualTo(ok.duration().p50());
        assertThat(ok.concurrentExecutions()).isEqualTo(1);
        FunctionMetrics failing = fails.metrics();
        assertThat(failing.invocations()).isEqualTo(1);
        assertThat(failing.errors()).isEqualTo(1);
        assertThat(failing.throttles()).isEqualTo(1);
        assertThat(failing.value("Throttles")).isEqualTo(1.0);
        assertThat(failing.values()).containsOnlyKeys(FunctionMetrics.NAMES);
    }

    @Test
    void asynchronousEventsCountTheirRetriesAgeAndFate() {
        LambdaFunction fails = runtime.function(FunctionConfig.builder("dev.lambdaharness.core.corpus.Throws")
                .asyncInvoke(AsyncInvokeConfig.DEFAULT.withOnFailureDestination(FAILURES))
                .deadLetter(DeadLetterConfig.DEFAULT.withTargetArn(DEAD_LETTERS)).build(), CorpusCode.code());
        runtime.destination(FAILURES).failDeliveries(true);
        runtime.destination(DEAD_LETTERS).failDeliveries(true);

        fails.invokeAsync("\"x\"");
        runtime.settleAsync(Duration.ofSeconds(30));

        FunctionMetrics metrics = fails.metrics();
        assertThat(metrics.asyncEventsReceived()).isEqualTo(1);
        assertThat(metrics.invocations()).isEqualTo(3);
        assertThat(metrics.errors()).isEqualTo(3);
        assertThat(metrics.asyncEventsDropped()).isEqualTo(1);
        assertThat(metrics.asyncEventAge().sampleCount()).isEqualTo(3);
        assertThat(metrics.asyncEventAge().maximum()).isGreaterThanOrEqualTo(175_000);
        assertThat(metrics.destinationDeliveryFailures()).isEqualTo(1);
        assertThat(metrics.deadLetterErrors()).isEqualTo(1);
    }

    @Test
    void provisionedExecutionsAreCountedApart() {
        LambdaFunction function = runtime.function(FunctionConfig.builder("dev.lambdaharness.core.corpus.WaitsForGate::handle")
                .build(), CorpusCode.code());
        LambdaFunction v1 = function.publishVersion();
        v1.putProvisionedConcurrency(1);

        v1.invoke("{}");
        function.invoke("{}");

        assertThat(function.metrics().provisionedConcurrentExecutions()).isEqualTo(1);
        assertThat(function.metrics().invocations()).isEqualTo(2);
    }

    @Test
    void aNameCloudWatchDoesNotGiveAFunctionIsRefusedWithTheNames() {
        LambdaFunction function = runtime.function(FunctionConfig.builder("dev.lambdaharness.core.corpus.Throws").build(),
                CorpusCode.code());

        assertThatThrownBy(() -> function.metrics().value("Invocation"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("No metric of a function is named 'Invocation'. CloudWatch's are [Invocations, Errors, Throttles,"
                        + " Duration, ConcurrentExecutions, ProvisionedConcurrentExecutions, AsyncEventsReceived, AsyncEventAge,"
                        + " AsyncEventsDropped, DeadLetterErrors, DestinationDeliveryFailures].");
    }
}
