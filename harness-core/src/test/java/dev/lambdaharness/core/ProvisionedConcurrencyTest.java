package dev.lambdaharness.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lambdaharness.core.corpus.CorpusCode;
import dev.lambdaharness.core.internal.pool.FunctionDeployment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Provisioned concurrency on versions and aliases: environments initialised ahead, spillover, limits. */
class ProvisionedConcurrencyTest {

    private static final Map<String, Object> EVENT = Map.of("sleepMillis", 0);
    private static final FunctionConfig CONFIG = FunctionConfig.builder("dev.lambdaharness.core.corpus.WaitsForGate::handle")
            .functionName("orders").timeout(60).build();

    @TempDir
    Path directory;

    private final VirtualClock clock = RuntimeClock.virtual(Instant.parse("2026-01-01T00:00:00Z"));
    private final LambdaRuntime runtime = LambdaRuntime.builder().clock(clock).build();
    private final LambdaFunction function = runtime.function(CONFIG, CorpusCode.code());

    @AfterEach
    void close() {
        runtime.close();
    }

    @Test
    void provisionedEnvironmentsAreInitialisedAheadAndServeWarmWithoutInitDuration() {
        function.publishVersion();
        LambdaFunction live = function.createAlias("live", "1");

        live.putProvisionedConcurrency(2);

        assertThat(live.provisionedConcurrency()).hasValue(2);
        assertThat(function.environments()).hasSize(2).allSatisfy(environment -> {
            assertThat(environment.initialised()).isTrue();
            assertThat(environment.initializationType()).isEqualTo("provisioned-concurrency");
            assertThat(environment.functionVersion()).isEqualTo("1");
            assertThat(environment.invocationCount()).isZero();
        });
        InvocationResult result = live.invoke(EVENT);
        assertThat(result.report().coldStart()).isFalse();
        assertThat(result.report().initDurationMs()).isEmpty();
        assertThat(result.logText()).doesNotContain("INIT_START").doesNotContain("Init Duration");
        assertThat(result.payloadAsJson().get("initializationType").asText()).isEqualTo("provisioned-concurrency");
        assertThat(function.environments()).hasSize(2);
        InvocationResult direct = function.qualified("1").invoke(EVENT);
        assertThat(direct.report().coldStart()).as("the version itself has no provisioned concurrency").isTrue();
        assertThat(direct.payloadAsJson().get("initializationType").asText()).isEqualTo("on-demand");
    }

    @Test
    void invocationsBeyondTheProvisionedEnvironmentsSpillOverToOnDemandOnes() throws Exception {
        LambdaFunction v1 = function.publishVersion();
        v1.putProvisionedConcurrency(2);
        Path gate = directory.resolve("gate");

        CompletableFuture<LoadTestResult> load = CompletableFuture.supplyAsync(() -> LoadTest.of(v1)
                .event(Map.of("gate", gate.toString())).invocations(3).concurrency(3).run());
        Awaitility.await().until(() -> {
            try (var files = Files.list(directory)) {
                return files.count() == 3;
            }
        });
        Files.createFile(gate);
        LoadTestResult result = load.join();

        assertThat(result.succeeded()).isEqualTo(3);
        assertThat(result.coldStarts()).isEqualTo(1);
        assertThat(result.results()).extracting(r -> r.payloadAsJson().get("initializationType").asText())
                .containsExactlyInAnyOrder("provisioned-concurrency", "provisioned-concurrency", "on-demand");
    }

    @Test
    void whenReservedEqualsProvisionedLatestIsThrottledAndTheProvisionedVersionRuns() {
        function.putReservedConcurrency(2);
        LambdaFunction v1 = function.publishVersion();
        v1.putProvisionedConcurrency(2);

        assertThatThrownBy(() -> function.invoke(EVENT))
                .isInstanceOfSatisfying(TooManyRequestsException.class, throttle -> assertThat(throttle.reason())
                        .isEqualTo(ThrottleReason.RESERVED_FUNCTION_CONCURRENT_INVOCATION_LIMIT_EXCEEDED))
                .hasMessageEndingWith("0 on-demand invocations of the function are running, its reserved concurrency (2)"
                        + " less its provisioned concurrency (2). Invoke fewer at once, or reserve more (putReservedConcurrency).");
        assertThat(v1.invoke(EVENT).succeeded()).isTrue();
    }

    @Test
    void provisionedConcurrencyGoesOnPublishedVersionsOnlyWithLambdasError() {
        assertThatThrownBy(() -> function.putProvisionedConcurrency(1))
                .isInstanceOfSatisfying(InvalidConfigurationException.class,
                        e -> assertThat(e.lambdaErrorCode()).isEqualTo("InvalidParameterValueException"))
                .hasMessage("Provisioned concurrency goes on a published version or an alias, not on $LATEST"
                        + " (InvalidParameterValueException: Provisioned Concurrency Configs cannot be applied to unpublished"
                        + " function versions.). Publish a version (publishVersion()) and put it on that, or on an alias of it.");
        assertThatThrownBy(() -> function.qualified("$LATEST").putProvisionedConcurrency(1))
                .isInstanceOf(InvalidConfigurationException.class);
        assertThatThrownBy(() -> runtime.function(CONFIG.toBuilder().functionName("deployed").provisionedConcurrency(1).build(),
                CorpusCode.code()))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("Provisioned Concurrency Configs cannot be applied to unpublished function versions.")
                .hasMessageEndingWith("Deploy it without, then function.publishVersion().putProvisionedConcurrency(1).");
    }

    @Test
    void provisionedConcurrencyAboveTheReservationOrTheUnreservedPoolIsRefused() {
        LambdaFunction v1 = function.publishVersion();
        function.putReservedConcurrency(3);

        assertThatThrownBy(() -> v1.putProvisionedConcurrency(4))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessage("provisionedConcurrentExecutions 4 brings function orders's provisioned concurrency to 4, above"
                        + " its reserved concurrency of 3 (InvalidParameterValueException: Requested Provisioned Concurrency"
                        + " should not be greater than the reservedConcurrentExecution for function). Provision at most 3,"
                        + " or reserve more.");
        try (LambdaRuntime small = LambdaRuntime.builder().accountConcurrency(101).build()) {
            LambdaFunction other = small.function(CONFIG, CorpusCode.code());
            LambdaFunction version = other.publishVersion();
            assertThatThrownBy(() -> version.putProvisionedConcurrency(2))
                    .isInstanceOf(InvalidConfigurationException.class)
                    .hasMessageContaining("at most 1 (InvalidParameterValueException: Specified ConcurrentExecutions for"
                            + " function decreases account's UnreservedConcurrentExecution below its minimum value of [100].)");
            version.putProvisionedConcurrency(1);
            assertThat(small.unreservedConcurrency()).isEqualTo(100);
        }
    }

    @Test
    void aFailingInitLeavesNothingAllocatedAndSaysWhy() {
        try (LambdaRuntime failing = LambdaRuntime.create()) {
            LambdaFunction broken = failing.function(FunctionConfig.builder("dev.lambdaharness.core.corpus.StaticInitFails")
                    .build(), CorpusCode.code());
            LambdaFunction v1 = broken.publishVersion();

            assertThatThrownBy(() -> v1.putProvisionedConcurrency(1))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("Provisioned concurrency of arn:aws:lambda:us-east-1:123456789012:function:"
                            + "StaticInitFails:1 failed (FUNCTION_ERROR_INIT_FAILURE): INIT of an environment did not end well,");
            assertThat(v1.provisionedConcurrency()).isEmpty();
            assertThat(broken.environments()).allSatisfy(environment -> assertThat(environment.discarded()).isTrue());
        }
    }

    @Test
    void provisionedEnvironmentsAreRecycledEveryFewHoursAndInitialisedAgain() {
        LambdaFunction v1 = function.publishVersion();
        v1.putProvisionedConcurrency(1);
        ExecutionEnvironment first = function.environments().get(0);

        clock.advance(FunctionDeployment.PROVISIONED_ENVIRONMENT_LIFETIME.plus(Duration.ofMinutes(1)));

        assertThat(first.discarded()).isTrue();
        assertThat(function.environments()).hasSize(2);
        ExecutionEnvironment second = function.environments().get(1);
        assertThat(second.initialised()).isTrue();
        assertThat(second.initializationType()).isEqualTo("provisioned-concurrency");
        assertThat(v1.invoke(EVENT).report().coldStart()).isFalse();
    }

    @Test
    void deletingProvisionedConcurrencyClosesItsEnvironments() {
        LambdaFunction v1 = function.publishVersion();
        v1.putProvisionedConcurrency(1);

        v1.deleteProvisionedConcurrency();

        assertThat(v1.provisionedConcurrency()).isEmpty();
        assertThat(function.environments()).singleElement().satisfies(e -> assertThat(e.discarded()).isTrue());
        assertThat(v1.invoke(EVENT).report().coldStart()).isTrue();
    }
}
