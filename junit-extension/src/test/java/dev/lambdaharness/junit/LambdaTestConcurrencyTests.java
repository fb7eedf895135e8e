package dev.lambdaharness.junit;

import static dev.lambdaharness.junit.assertj.LambdaAssertions.assertThat;
import static dev.lambdaharness.junit.assertj.LambdaAssertions.assertThatThrottled;
import static dev.lambdaharness.junit.testkit.Engine.CODE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.core.LambdaRuntime;
import dev.lambdaharness.core.LoadTest;
import dev.lambdaharness.core.RuntimeClock;
import dev.lambdaharness.core.ThrottleReason;
import dev.lambdaharness.core.VirtualClock;
import dev.lambdaharness.junit.testkit.Engine;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Reserved concurrency and the account's limit from the annotation, the clock as a parameter, versions in a test. */
class LambdaTestConcurrencyTests {

    @Test
    void theAnnotationsConcurrencySettingsReachTheRuntime() {
        Engine.run(ConcurrencyTestCase.class).testEvents().assertStatistics(stats -> stats.started(3).succeeded(3));
    }

    @Test
    void provisionedConcurrencyGivesTheTestAPublishedVersionWithEnvironmentsInitialisedAhead() {
        Engine.run(ProvisionedTestCase.class).testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
    }

    @Test
    void provisionedConcurrencyAboveTheReservationIsRefusedBeforeTheFirstTest() {
        Engine.run(TooMuchProvisionedTestCase.class).allEvents().assertThatEvents().haveExactly(1,
                event(container(TooMuchProvisionedTestCase.class), finishedWithFailure(message(m -> m.contains(
                        "provisionedConcurrentExecutions 3 brings function Counter's provisioned concurrency to 3, above its"
                                + " reserved concurrency of 2 (InvalidParameterValueException: Requested Provisioned Concurrency"
                                + " should not be greater than the reservedConcurrentExecution for function)")))));
    }

    @Test
    void twoAccountLimitsInOneClassAreRefused() {
        Engine.run(TwoAccountsTestCase.class).allEvents().assertThatEvents().haveExactly(1,
                event(container(TwoAccountsTestCase.class), finishedWithFailure(message("TwoAccountsTestCase declares"
                        + " functions with different account concurrency limits (@LambdaTest(name = \"a\") on"
                        + " TwoAccountsTestCase has 10, @LambdaTest(name = \"b\") on TwoAccountsTestCase has 20), but its"
                        + " functions share one runtime, and so one account. Set one accountConcurrency."))));
    }

    @Test
    void aReservationTheAccountCannotGiveIsRefusedBeforeTheFirstTest() {
        Engine.run(TooMuchReservedTestCase.class).allEvents().assertThatEvents().haveExactly(1,
                event(container(TooMuchReservedTestCase.class), finishedWithFailure(message(m -> m.startsWith(
                        "Function 'Counter' of TooMuchReservedTestCase cannot run here: reservedConcurrentExecutions 5 of"
                                + " function 'Counter' is more than the account can reserve: with an account limit of 10,"
                                + " at most 0 can be reserved")))));
    }

    @LambdaTest(handler = "dev.lambdaharness.junit.handlers.Counter", code = CODE, reservedConcurrency = 0,
            accountConcurrency = 200)
    static class ConcurrencyTestCase {

        @Test
        void reservedConcurrencyThrottles(LambdaFunction counter, LambdaRuntime runtime) {
            assertThat(runtime.accountConcurrency()).isEqualTo(200);
            assertThatThrottled(() -> counter.invoke("{}"))
                    .hasReason(ThrottleReason.RESERVED_FUNCTION_CONCURRENT_INVOCATION_LIMIT_EXCEEDED);
            counter.putReservedConcurrency(1);
            assertThat(LoadTest.of(counter).invocations(5).concurrency(1).run()).hasNoThrottles().hasNoErrors()
                    .hasColdStarts(1).allStarted();
        }

        @Test
        void theClockIsAVirtualOneTheTestMoves(LambdaFunction counter, VirtualClock clock, RuntimeClock same) {
            assertThat(same).isSameAs(clock);
            counter.deleteReservedConcurrency();
            assertThat(counter.invoke("{}").report().coldStart()).isTrue();
            clock.advance(LambdaRuntime.DEFAULT_IDLE_TIMEOUT.plus(Duration.ofSeconds(1)));
            assertThat(counter.invoke("{}").report().coldStart()).isTrue();
        }

        @Test
        void versionsAndAliasesAreTheFunctions(LambdaFunction counter) {
            counter.deleteReservedConcurrency();
            counter.publishVersion();
            LambdaFunction live = counter.createAlias("live", "1");
            assertThat(live.invoke("{}").executedVersion()).isEqualTo("1");
            assertThat(counter.qualified("1").environments()).hasSize(1);
        }
    }

    @LambdaTest(handler = "dev.lambdaharness.junit.handlers.Counter", code = CODE, provisionedConcurrency = 1)
    static class ProvisionedTestCase {

        @Test
        void theFunctionIsVersionOneAndItsFirstInvocationIsWarm(LambdaFunction counter) {
            assertThat(counter.qualifier()).hasValue("1");
            assertThat(counter.provisionedConcurrency()).hasValue(1);
            assertThat(counter.invoke("{}").report().coldStart()).isFalse();
            assertThat(counter.qualified("$LATEST").invoke("{}").report().coldStart()).isTrue();
        }
    }

    @LambdaTest(handler = "dev.lambdaharness.junit.handlers.Counter", code = CODE, provisionedConcurrency = 3,
            reservedConcurrency = 2)
    static class TooMuchProvisionedTestCase {
        @Test
        void never() {
        }
    }

    @LambdaTest(name = "a", handler = "dev.lambdaharness.junit.handlers.Counter", code = CODE, accountConcurrency = 10)
    @LambdaTest(name = "b", handler = "dev.lambdaharness.junit.handlers.Counter", code = CODE, accountConcurrency = 20)
    static class TwoAccountsTestCase {
        @Test
        void never() {
        }
    }

    @LambdaTest(handler = "dev.lambdaharness.junit.handlers.Counter", code = CODE, reservedConcurrency = 5,
            accountConcurrency = 10)
    static class TooMuchReservedTestCase {
        @Test
        void never() {
        }
    }
}
