package dev.lambdaharness.core.internal.forked;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.InvocationRequest;
import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.core.Isolation;
import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.core.LambdaRuntime;
import dev.lambdaharness.core.LogEvent;
import dev.lambdaharness.core.RuntimeClient;
import dev.lambdaharness.core.RuntimeClock;
import dev.lambdaharness.core.SpareEnvironments;
import dev.lambdaharness.core.corpus.CorpusCode;
import dev.lambdaharness.core.corpus.TmpFile;
import dev.lambdaharness.core.internal.Debugging;
import dev.lambdaharness.core.internal.TimeLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Spare environments, with either runtime client: a booted spare runs nothing of the function
 * before the invocation that adopts it, one started with INIT ahead runs INIT before it, and the
 * cold start's REPORT shows the whole INIT either way.
 */
class ForkedSparesIT {

    private static final Duration READY = Duration.ofSeconds(60);

    @TempDir
    Path directory;

    private static ForkedOptions options(RuntimeClient client, SpareEnvironments spares) {
        return ForkedOptions.DEFAULTS.withRuntimeClient(client).withSpares(spares);
    }

    private FunctionConfig config(Path initFile) {
        return FunctionConfig.builder("dev.lambdaharness.core.corpus.ReadsFileAtInit").functionName("spares")
                .environment("INIT_FILE", initFile.toString()).build();
    }

    @ParameterizedTest
    @EnumSource(value = RuntimeClient.class, names = {"RIC", "HARNESS"})
    void aBootedSpareRunsInitOnlyWhenAdoptedAndReportsTheWholeInitWithoutItsWait(RuntimeClient client) throws Exception {
        Path initFile = directory.resolve("fake-address");
        FunctionConfig config = config(initFile);
        ForkedSpares spares = new ForkedSpares(config, CorpusCode.code(), RuntimeClock.system(), TimeLimits.LAMBDA,
                options(client, SpareEnvironments.BOOTED));
        try {
            spares.replenish();
            assertThat(spares.awaitReady(READY)).as("the spare boots and waits").isTrue();
            Files.writeString(initFile, "127.0.0.1:4566"); // the test's fake, set up after the spare booted

            ForkedEnvironment environment = (ForkedEnvironment) spares.create("s1", config, CorpusCode.code(), RuntimeClock.system());
            long started = System.nanoTime();
            InvocationResult cold = environment.invoke(InvocationRequest.of("\"x\""));
            double wallMs = (System.nanoTime() - started) / 1_000_000.0;

            assertThat(cold.payloadAsString()).isEqualTo("\"127.0.0.1:4566\""); // INIT ran after the fake existed
            assertThat(cold.report().coldStart()).isTrue();
            double initMs = cold.report().initDurationMs().orElseThrow();
            // The JVM's boot happened ahead: inside Init Duration, but not inside the cold start's wall time.
            assertThat(wallMs).isLessThan(initMs + cold.report().durationMs());
            assertThat(cold.logs()).filteredOn(event -> event.source() == LogEvent.Source.PLATFORM).first()
                    .extracting(LogEvent::message).asString().startsWith("INIT_START ");
            assertThat(environment.environment().orElseThrow()).containsEntry("AWS_LAMBDA_LOG_STREAM_NAME",
                    environment.logStreamName());
            assertThat(environment.invoke(InvocationRequest.of("\"y\"")).report().coldStart()).isFalse();

            assertThat(spares.awaitReady(READY)).as("a new spare starts after the cold start").isTrue();
            ProcessHandle unused = spares.spareProcess().orElseThrow();
            environment.close();
            spares.close();
            unused.onExit().get(10, TimeUnit.SECONDS); // closing the spares ends the spare nobody adopted
            assertThat(unused.isAlive()).isFalse();
        } finally {
            spares.close();
        }
    }

    @ParameterizedTest
    @EnumSource(value = RuntimeClient.class, names = {"RIC", "HARNESS"})
    void aSpareWithInitAheadRanInitBeforeTheTestsSetUpAndStillReportsIt(RuntimeClient client) throws IOException {
        Path initFile = directory.resolve("fake-address");
        FunctionConfig config = config(initFile);
        try (ForkedSpares spares = new ForkedSpares(config, CorpusCode.code(), RuntimeClock.system(), TimeLimits.LAMBDA,
                options(client, SpareEnvironments.INITIALISED))) {
            spares.replenish();
            assertThat(spares.awaitReady(READY)).as("the spare has run INIT").isTrue();
            Files.writeString(initFile, "127.0.0.1:4566");

            try (ForkedEnvironment environment = (ForkedEnvironment) spares.create("s2", config, CorpusCode.code(),
                    RuntimeClock.system())) {
                InvocationResult cold = environment.invoke(InvocationRequest.of("\"x\""));

                assertThat(cold.payloadAsString()).isEqualTo("\"absent\""); // the trade-off: INIT saw the world before the set-up
                assertThat(cold.report().coldStart()).isTrue();
                assertThat(cold.report().initDurationMs()).hasValueSatisfying(ms -> assertThat(ms).isGreaterThan(50.0));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = RuntimeClient.class, names = {"RIC", "HARNESS"})
    void aRuntimeWithSparesServesColdStartsFromThemAndEndsThemWhenClosed(RuntimeClient client) throws Exception {
        Path initFile = directory.resolve("fake-address");
        Files.writeString(initFile, "set up before deploying");
        ProcessHandle child;
        try (LambdaRuntime runtime = LambdaRuntime.builder().runtimeClient(client).spareEnvironments(SpareEnvironments.BOOTED)
                .build()) {
            LambdaFunction function = runtime.function(config(initFile), CorpusCode.code(), Isolation.FORKED);

            InvocationResult cold = function.invoke("\"x\"");

            assertThat(cold.payloadAsString()).isEqualTo("\"set up before deploying\"");
            assertThat(cold.report().coldStart()).isTrue();
            child = ((ForkedEnvironment) function.environments().get(0)).process().orElseThrow();
        }
        child.onExit().get(10, TimeUnit.SECONDS);
        assertThat(child.isAlive()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = RuntimeClient.class, names = {"RIC", "HARNESS"})
    void aSpareWithAPrivateTmpReachesNothingOfTheMachinesTmp(RuntimeClient client) {
        org.junit.jupiter.api.Assumptions.assumeTrue(PrivateTmp.unavailableBecause().isEmpty(), "no private /tmp on this machine");
        FunctionConfig config = FunctionConfig.builder(TmpFile.class.getName() + "::handleRequest").build();
        ForkedOptions options = new ForkedOptions(true, Debugging.OFF, client, SpareEnvironments.BOOTED);
        try (ForkedSpares spares = new ForkedSpares(config, CorpusCode.code(), RuntimeClock.system(), TimeLimits.LAMBDA, options)) {
            spares.replenish();
            assertThat(spares.awaitReady(READY)).isTrue();
            try (ForkedEnvironment environment = (ForkedEnvironment) spares.create("s3", config, CorpusCode.code(),
                    RuntimeClock.system())) {
                InvocationResult result = environment.invoke(InvocationRequest.of("\"tmpdir\""));

                assertThat(result.payloadAsString()).isEqualTo("\"/tmp\"");
                assertThat(result.report().coldStart()).isTrue();
            }
        }
    }
}
