package dev.lambdaharness.junit;

import static dev.lambdaharness.junit.assertj.LambdaAssertions.assertThat;
import static dev.lambdaharness.junit.testkit.Engine.CODE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.lambdaharness.core.AsyncInvocation;
import dev.lambdaharness.core.DeliveredRecord;
import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.core.LambdaRuntime;
import dev.lambdaharness.core.VirtualClock;
import dev.lambdaharness.junit.testkit.Engine;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Waits for what a runtime does later, on its virtual clock, and what they say when it does not happen. */
class WaitsTests {

    static final String FAILURES = "arn:aws:sqs:us-east-1:123456789012:failures";
    static final String NOWHERE = "arn:aws:sqs:us-east-1:123456789012:nowhere";

    @Test
    void waitsSeeRetriesMinutesAwayAtOnceAndSayWhatTheyMissed() {
        Engine.run(RetriesTestCase.class).testEvents().assertStatistics(stats -> stats.started(3).succeeded(3));
    }

    @Test
    void duplicateAsyncEventsDeliversEachEventTwice() {
        Engine.run(DuplicatesTestCase.class).testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
    }

    @LambdaTest(handler = "dev.lambdaharness.junit.handlers.Fails", code = CODE, onFailure = FAILURES)
    static class RetriesTestCase {

        @Test
        void aFailingEventReachesTheFailureDestinationAfterTwoRetries(LambdaFunction fails, LambdaRuntime runtime,
                VirtualClock clock) {
            AsyncInvocation accepted = fails.invokeAsync("\"boom\"");

            DeliveredRecord record = Waits.on(runtime).untilDelivered(FAILURES);

            assertThat(record).hasCondition("RetriesExhausted").hasApproximateInvokeCount(3)
                    .hasRequestId(accepted.requestId());
            assertThat(clock.advanced()).isGreaterThan(Duration.ofMinutes(2));
            Waits.on(runtime).untilIdle(fails);
            Waits.on(runtime).untilDrained(fails);
            assertThat(fails.metrics().invocations()).isEqualTo(3);
        }

        @Test
        void aWaitThatTimesOutSaysWhatItWaitedForAndWhatWasPending(LambdaFunction fails, LambdaRuntime runtime) {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> Waits.on(runtime).atMost(Duration.ofMillis(50)).untilDelivered(NOWHERE, 2))
                    .withMessageMatching(Pattern.quote("Expected 2 records at " + NOWHERE + " within 0.05s, but it holds 0."
                            + " No asynchronous event is pending. The virtual clock is at ") + ".*, moved 0s ahead\\.");
            assertThatIllegalArgumentException().isThrownBy(() -> Waits.on(runtime).untilDelivered(NOWHERE, 0))
                    .withMessage("Waiting for 0 records at " + NOWHERE + " waits for nothing. Give 1 or more.");

            // An event that runs for a second is pending, queued or running, for the whole of a 50 ms wait.
            LambdaFunction sleeps = runtime.function(dev.lambdaharness.core.FunctionConfig
                    .builder("dev.lambdaharness.junit.handlers.Sleeps").functionName("sleeps").build(), fails.code());
            AsyncInvocation accepted = sleeps.invokeAsync("1000");
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> Waits.on(runtime).atMost(Duration.ofMillis(50)).until("never", () -> false))
                    .withMessageContaining("Expected never within 0.05s, but it did not happen. Pending asynchronous"
                            + " events: " + accepted.requestId() + " of " + sleeps.arn() + ":$LATEST (0 invocations,"
                            + " queued or running)");
            Waits.on(runtime).untilIdle(sleeps);
            assertThatIllegalArgumentException().isThrownBy(() -> Waits.on(runtime).atMost(Duration.ZERO))
                    .withMessage("A wait of PT0S could never see anything happen. Give a positive limit, for example"
                            + " Duration.ofSeconds(10).");
        }

        @Test
        void aFunctionStillRunningIsNotIdle(LambdaFunction fails, LambdaRuntime runtime) {
            LambdaFunction sleeps = runtime.function(dev.lambdaharness.core.FunctionConfig
                    .builder("dev.lambdaharness.junit.handlers.Sleeps").functionName("sleeps").build(),
                    fails.code());
            sleeps.invokeAsync("1000");

            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> Waits.on(runtime).atMost(Duration.ofMillis(200)).untilIdle(sleeps))
                    .withMessageStartingWith("Expected " + sleeps.arn() + " idle within 0.2s, but 1 invocation runs and"
                            + " 1 asynchronous event is pending. Pending asynchronous events: ");
            Waits.on(runtime).untilIdle(sleeps);
            assertThat(sleeps.metrics().invocations()).isEqualTo(1);
        }
    }

    @Test
    void waitsSeeAQueueDrainedAndAPoisonMessageInItsDeadLetterQueue() {
        Engine.run(QueueTestCase.class).testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
    }

    @LambdaTest(handler = "dev.lambdaharness.junit.handlers.FailsPoison", code = CODE)
    static class QueueTestCase {

        @Test
        void thePoisonMessageEndsInTheDeadLetterQueueAfterItsVisibilityTimeout(LambdaFunction batch, LambdaRuntime runtime,
                VirtualClock clock) {
            dev.lambdaharness.core.SqsQueue deadLetters = runtime.sqsQueue(dev.lambdaharness.core.SqsQueueConfig
                    .builder("orders-dlq").build());
            dev.lambdaharness.core.SqsQueue orders = runtime.sqsQueue(dev.lambdaharness.core.SqsQueueConfig.builder("orders")
                    .visibilityTimeout(Duration.ofSeconds(45)).redrive(deadLetters, 1).build());
            dev.lambdaharness.core.EventSourceMapping mapping = runtime.eventSourceMapping(batch,
                    dev.lambdaharness.core.EventSourceMappingConfig.builder(orders).reportBatchItemFailures(true).build());
            orders.send("fine");
            orders.send("poison");

            List<dev.lambdaharness.core.SqsQueue.Message> dead = Waits.on(runtime).untilMessages(deadLetters, 1);
            Waits.on(runtime).untilDrained(orders);
            Waits.on(runtime).untilCaughtUp(mapping);

            assertThat(dead).extracting(dev.lambdaharness.core.SqsQueue.Message::body).containsExactly("poison");
            assertThat(clock.advanced()).as("the visibility timeout passed on the virtual clock")
                    .isGreaterThanOrEqualTo(Duration.ofSeconds(40));
            assertThat(orders.deletedCount()).isEqualTo(1);
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> Waits.on(runtime).atMost(Duration.ofMillis(50)).untilMessages(deadLetters, 2))
                    .withMessageStartingWith("Expected 2 messages in queue orders-dlq within 0.05s, but it holds 1.");
            assertThatIllegalArgumentException().isThrownBy(() -> Waits.on(runtime).untilMessages(deadLetters, 0))
                    .withMessage("Waiting for 0 messages in queue orders-dlq waits for nothing. Give 1 or more.");
        }
    }

    @Test
    void waitsSeeAnMqQueueDrainedAndAPoisonMessageDeadLetteredAfterItsRedeliveries() {
        Engine.run(MqQueueTestCase.class).testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
    }

    @LambdaTest(handler = "dev.lambdaharness.junit.handlers.FailsPoisonMessage", code = CODE)
    static class MqQueueTestCase {

        @Test
        void thePoisonMessageIsDeadLetteredAfterSixRedeliveriesASecondApart(LambdaFunction consumer, LambdaRuntime runtime,
                VirtualClock clock) {
            dev.lambdaharness.core.MqQueue inventory = runtime.activeMqQueue("orders-broker", "orders.inventory");
            runtime.eventSourceMapping(consumer, dev.lambdaharness.core.EventSourceMappingConfig.builder(inventory)
                    .batchSize(1).build());
            inventory.send("fine");
            inventory.send("poison");

            List<dev.lambdaharness.core.MqQueue.Message> dead = Waits.on(runtime).untilDeadLetters(inventory, 1);
            Waits.on(runtime).untilDrained(inventory);

            assertThat(dead).extracting(dev.lambdaharness.core.MqQueue.Message::deliveries).containsExactly(7);
            assertThat(inventory).isDrained().hasDeadLettered("poison");
            // Six redeliveries a second apart; the invocations' own run time passes on the clock too, so the waits moved it less.
            assertThat(clock.advanced()).as("redeliveries a second apart on the virtual clock")
                    .isGreaterThanOrEqualTo(Duration.ofSeconds(5));
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> Waits.on(runtime).atMost(Duration.ofMillis(50)).untilDeadLetters(inventory, 2))
                    .withMessageStartingWith("Expected 2 messages in ActiveMQ.DLQ from MQ queue orders.inventory within"
                            + " 0.05s, but it holds 1.");
            assertThatIllegalArgumentException().isThrownBy(() -> Waits.on(runtime).untilDeadLetters(inventory, 0))
                    .withMessage("Waiting for 0 messages in ActiveMQ.DLQ from MQ queue orders.inventory waits for nothing."
                            + " Give 1 or more.");
        }
    }

    @LambdaTest(handler = "dev.lambdaharness.junit.handlers.Echo", code = CODE, duplicateAsyncEvents = true)
    static class DuplicatesTestCase {

        @Test
        void theEventRunsTwiceWithOneRequestId(LambdaFunction echo, LambdaRuntime runtime, InvocationHistory history) {
            AsyncInvocation accepted = echo.invokeAsync("{\"n\":1}");

            Waits.on(runtime).untilIdle(echo);

            assertThat(history.results()).extracting(InvocationResult::requestId)
                    .containsExactly(accepted.requestId(), accepted.requestId());
        }
    }
}
