package dev.lambdaharness.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark once, as briefly as JMH allows, in a forked JVM as a real run does, so that
 * {@code mvn verify} proves the benchmarks still build, find their function code, and measure
 * successful invocations (each benchmark checks its responses and fails otherwise). It proves
 * nothing about speed: the numbers of such a run are meaningless, and the budgets are checked by
 * the real runs recorded in {@code BENCHMARKS.md}.
 */
class BenchmarksSmokeIT {

    @Test
    void warmInvokeMeasuresTheFloorAndTheHarness() throws RunnerException {
        Map<String, RunResult> results = runOnce(WarmInvokeBenchmark.class);

        assertThat(results).containsOnlyKeys("floor", "floorHandedOff", "harness");
        assertMeasured(results.values());
    }

    @Test
    void invokeApiMeasuresTheSdkRoundTripAndTheInJvmInvoke() throws RunnerException {
        Map<String, RunResult> results = runOnce(InvokeApiBenchmark.class);

        assertThat(results).containsOnlyKeys("sdkRoundTrip", "httpRoundTrip", "inJvm");
        assertMeasured(results.values());
    }

    @Test
    void coldStartMeasuresHelloAndSqs() throws RunnerException {
        Map<String, RunResult> results = runOnce(ColdStartBenchmark.class);

        assertThat(results).containsOnlyKeys("hello", "sqsBatch", "sqsBatchFloor");
        assertMeasured(results.values());
    }

    @Test
    void freshEnvironmentsMeasuresABatch() throws RunnerException {
        Map<String, RunResult> results = runOnce(FreshEnvironmentsBenchmark.class);

        assertThat(results).containsOnlyKeys("helloOnFreshEnvironments");
        assertMeasured(results.values());
    }

    @Test
    void forkedColdStartMeasuresTheRicsOwnStartAndEveryForkedVariant() throws RunnerException {
        Map<String, RunResult> results = runOnce(ForkedColdStartBenchmark.class);

        assertThat(results).containsOnlyKeys("ricOwnStart", "forkedRic", "forkedHarnessClient", "sparedRic",
                "sparedHarnessClient", "sparedInitAheadRic");
        assertMeasured(results.values());
    }

    @Test
    void forkedWarmInvokeMeasuresBothClientsAndTheLauncherAlone() throws RunnerException {
        Map<String, RunResult> results = runOnce(ForkedWarmInvokeBenchmark.class);

        assertThat(results).containsOnlyKeys("ric", "harnessClient", "launcherRic");
        assertMeasured(results.values());
    }

    @Test
    void probeHandlersMeasureEveryMechanism() throws RunnerException {
        Options options = new OptionsBuilder()
                .include(ProbeHandlersBenchmark.class.getName() + "\\.")
                .forks(1)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(200))
                .shouldFailOnError(true)
                .build();
        Collection<RunResult> results = new Runner(options).run();

        assertThat(results).extracting(r -> r.getParams().getParam("probe"))
                .containsExactlyInAnyOrder("getenv", "printFromPool", "log", "fail", "record");
        assertMeasured(results);
    }

    private static Map<String, RunResult> runOnce(Class<?> benchmark) throws RunnerException {
        Options options = new OptionsBuilder()
                .include(benchmark.getName() + "\\.")
                .forks(1)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(200))
                .param("environments", "10")
                .param("warmUp", "false")
                .shouldFailOnError(true)
                .build();
        Map<String, RunResult> byMethod = new TreeMap<>();
        for (RunResult result : new Runner(options).run()) {
            byMethod.put(result.getParams().getBenchmark().substring(benchmark.getName().length() + 1), result);
        }
        return byMethod;
    }

    private static void assertMeasured(Collection<RunResult> results) {
        for (RunResult result : results) {
            assertThat(result.getPrimaryResult().getSampleCount()).as(result.getParams().getBenchmark()).isPositive();
            assertThat(result.getPrimaryResult().getScore()).as(result.getParams().getBenchmark())
                    .isPositive().isFinite();
        }
    }
}
