package dev.lambdaharness.junit;

import static dev.lambdaharness.junit.assertj.LambdaAssertions.assertThat;
import static dev.lambdaharness.junit.testkit.Engine.CODE;
import static java.lang.String.format;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.lambdaharness.core.AsyncInvocation;
import dev.lambdaharness.core.DeliveredRecord;
import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.core.LambdaRuntime;
import dev.lambdaharness.junit.testkit.Engine;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The asynchronous settings of @LambdaTest, and assertions on what reached a destination. */
class LambdaTestAsyncTests {

    static final String FAILURES = "arn:aws:sqs:us-east-1:123456789012:failures";
    static final String DEAD_LETTERS = "arn:aws:sqs:us-east-1:123456789012:dead-letters";

    @Test
    void theAnnotationsAsyncSettingsReachTheFunction() {
        Engine.run(AsyncTestCase.class).testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
    }

    @Test
    void aRetryLimitOutOfRangeIsRefusedNamingTheAttribute() {
        Engine.run(TooManyRetriesTestCase.class).allEvents().assertThatEvents().haveExactly(1,
                event(container(TooManyRetriesTestCase.class), finishedWithFailure(message(m -> m.startsWith(
                        "@LambdaTest(handler = \"dev.lambdaharness.junit.handlers.Fails\") on TooManyRetriesTestCase, attribute"
                                + " maximumRetryAttempts: maximumRetryAttempts 3 is out of range: Lambda accepts 0 to 2 retries")))));
    }

    @LambdaTest(handler = "dev.lambdaharness.junit.handlers.Fails", code = CODE, maximumRetryAttempts = 1,
            maximumEventAge = 600, onFailure = FAILURES, deadLetterTarget = DEAD_LETTERS)
    static class AsyncTestCase {

        @Test
        void aFailingEventIsRetriedOnceAndEndsInTheDestinationAndTheDeadLetterQueue(LambdaFunction fails,
                LambdaRuntime runtime) {
            AsyncInvocation accepted = fails.invokeAsync("\"boom\"");

            assertThat(runtime.settleAsync(Duration.ofSeconds(30))).isEmpty();

            DeliveredRecord record = runtime.destination(FAILURES).records().get(0);
            assertThat(record).hasCondition("RetriesExhausted").hasApproximateInvokeCount(2)
                    .hasRequestId(accepted.requestId());
            assertThat(runtime.destination(DEAD_LETTERS).records().get(0)).hasRequestId(accepted.requestId())
                    .hasAttribute("ErrorCode", "200");
            assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThat(record).hasCondition("Success"))
                    .withMessageStartingWith(format("%nExpecting record to have condition \"Success\" but it had"
                            + " \"RetriesExhausted\".%nRecord:%n  {\"version\":\"1.0\""));
            assertThat(fails.metrics().invocations()).isEqualTo(2);
        }
    }

    @LambdaTest(handler = "dev.lambdaharness.junit.handlers.Fails", code = CODE, maximumRetryAttempts = 3)
    static class TooManyRetriesTestCase {
        @Test
        void never() {
        }
    }
}
