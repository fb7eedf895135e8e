package dev.lambdaharness.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lambdaharness.core.corpus.CorpusCode;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Idle environments are reclaimed on the runtime's clock; a virtual clock makes that take no time. */
class IdleExpiryTest {

    private static final Map<String, Object> EVENT = Map.of("sleepMillis", 0);
    private static final FunctionConfig CONFIG =
            FunctionConfig.builder("dev.lambdaharness.core.corpus.WaitsForGate::handle").build();

    @Test
    void anEnvironmentIdleForTheIdleTimeoutIsReclaimedAndTheNextInvocationIsCold() {
        VirtualClock clock = RuntimeClock.virtual(Instant.parse("2026-01-01T00:00:00Z"));
        try (LambdaRuntime runtime = LambdaRuntime.builder().clock(clock).build()) {
            LambdaFunction function = runtime.function(CONFIG, CorpusCode.code());
            assertThat(runtime.idleTimeout()).isEqualTo(LambdaRuntime.DEFAULT_IDLE_TIMEOUT);

            assertThat(function.invoke(EVENT).report().coldStart()).isTrue();
            clock.advance(Duration.ofMinutes(5));
            assertThat(function.invoke(EVENT).report().coldStart()).isFalse();
            clock.advance(Duration.ofMinutes(6).plusSeconds(1));

            assertThat(function.environments()).singleElement().satisfies(e -> assertThat(e.discarded()).isTrue());
            assertThat(function.invoke(EVENT).report().coldStart()).isTrue();
            assertThat(function.environments()).hasSize(2);
        }
    }

    @Test
    void advancingToTheNextEventJumpsStraightToTheExpiry() {
        VirtualClock clock = RuntimeClock.virtual(Instant.parse("2026-01-01T00:00:00Z"));
        try (LambdaRuntime runtime = LambdaRuntime.builder().clock(clock).idleTimeout(Duration.ofHours(2)).build()) {
            LambdaFunction function = runtime.function(CONFIG, CorpusCode.code());
            function.invoke(EVENT);
            Instant expiry = clock.nextEvent().orElseThrow();

            assertThat(clock.advanceToNextEvent()).isTrue();

            assertThat(Duration.between(Instant.parse("2026-01-01T00:00:00Z"), expiry))
                    .isBetween(Duration.ofHours(2), Duration.ofHours(2).plusSeconds(30));
            assertThat(clock.instant()).isAfterOrEqualTo(expiry);
            assertThat(clock.advanced()).isGreaterThanOrEqualTo(Duration.ofHours(2).minusSeconds(30));
            assertThat(function.environments().get(0).discarded()).isTrue();
            assertThat(clock.advanceToNextEvent()).isFalse();
        }
    }

    @Test
    void logTimestampsReadTheVirtualClock() {
        VirtualClock clock = RuntimeClock.virtual(Instant.parse("2030-06-01T12:00:00Z"));
        try (LambdaRuntime runtime = LambdaRuntime.builder().clock(clock).build()) {
            LambdaFunction function = runtime.function(CONFIG, CorpusCode.code());
            clock.advance(Duration.ofDays(1));

            InvocationResult result = function.invoke(EVENT);

            assertThat(result.logs()).allSatisfy(event -> assertThat(event.timestamp())
                    .isBetween(Instant.parse("2030-06-02T12:00:00Z"), Instant.parse("2030-06-02T12:05:00Z")));
            assertThat(function.environments().get(0).logStreamName()).startsWith("2030/06/02/");
        }
    }

    @Test
    void aClockNeverGoesBackAndIdleTimeoutsArePositive() {
        assertThatThrownBy(() -> RuntimeClock.virtual().advance(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Cannot advance the clock by PT-1S: a clock never goes back. Pass a positive duration, for"
                        + " example Duration.ofMinutes(10).");
        assertThatThrownBy(() -> LambdaRuntime.builder().idleTimeout(Duration.ZERO))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessage("idleTimeout PT0S is not a positive duration: an environment must be able to stay warm at least"
                        + " a moment. Give one, for example Duration.ofMinutes(1).");
    }

    @Test
    void aRateLoadTestOnAVirtualClockTakesTheClocksTimeNotRealTime() {
        VirtualClock clock = RuntimeClock.virtual(Instant.parse("2026-01-01T00:00:00Z"));
        try (LambdaRuntime runtime = LambdaRuntime.builder().clock(clock).build()) {
            LambdaFunction function = runtime.function(CONFIG, CorpusCode.code());

            // One invocation a minute: the environment stays warm throughout.
            LoadTestResult everyMinute = LoadTest.of(function).event(EVENT).invocations(20).ratePerSecond(1.0 / 60).run();
            clock.advance(Duration.ofMinutes(7));
            // One every ten minutes: each environment is reclaimed before the next invocation.
            LoadTestResult everyTenMinutes = LoadTest.of(function).event(EVENT).invocations(5).ratePerSecond(1.0 / 600).run();

            assertThat(everyMinute.invoked()).isEqualTo(20);
            assertThat(everyMinute.coldStarts()).isEqualTo(1);
            assertThat(everyTenMinutes.coldStarts()).isEqualTo(5);
            assertThat(clock.advanced()).isGreaterThanOrEqualTo(Duration.ofMinutes(19 + 7 + 40).minusSeconds(30));
        }
    }
}
