package dev.lambdaharness.core.internal.coldstart;

import dev.lambdaharness.core.FunctionError;
import dev.lambdaharness.core.InvocationRequest;
import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.core.RuntimeClient;
import dev.lambdaharness.core.RuntimeClock;
import dev.lambdaharness.core.internal.TimeLimits;
import dev.lambdaharness.core.internal.child.CpuShare;
import dev.lambdaharness.core.internal.child.OwnedTempDirectories;
import dev.lambdaharness.core.internal.child.TaskRoots;
import dev.lambdaharness.core.internal.forked.ForkedEnvironment;
import dev.lambdaharness.core.internal.forked.ForkedOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Consumer;

/**
 * Measures a function's cold starts: each run is a fresh forked environment running the real
 * runtime interface client, asked for its first invocation, then closed; beside each, the RIC's own
 * start of the same code, handler, memory and event against a trivial Runtime API (the floor), so
 * both see the same load. Progress goes to a console line per run.
 *
 * <pre>{@code
 * ColdStartRunner runner = new ColdStartRunner(10, true, false, System.out::println);
 * runner.warmUp(hello);
 * FunctionColdStarts figures = runner.measure(hello);
 * }</pre>
 */
public final class ColdStartRunner {

    private final int runs;
    private final boolean floor;
    private final boolean cpuShare;
    private final Consumer<String> progress;
    private int ids;

    /**
     * @param runs the cold starts per function, at least one
     * @param floor whether the RIC's own start is measured beside each
     * @param cpuShare whether each child, the RIC's own start too, is held to the CPU share of its memory size
     * @param progress receives one line per run
     */
    public ColdStartRunner(int runs, boolean floor, boolean cpuShare, Consumer<String> progress) {
        if (runs < 1) {
            throw new IllegalArgumentException("runs must be at least 1, not " + runs);
        }
        this.runs = runs;
        this.floor = floor;
        this.cpuShare = cpuShare;
        this.progress = progress;
    }

    /**
     * One unmeasured cold start and RIC start, so that the harness's own first use in this JVM (its
     * classes loading, the runtime set unpacking) is in none of the measured runs.
     */
    public void warmUp(ColdStartFunction function) {
        progress.accept(function.name() + ": one unmeasured cold start first, to warm up the harness in this JVM");
        coldStart(function);
        if (floor) {
            ricOwnStart(function);
        }
    }

    /** The function's cold starts and floor. */
    public FunctionColdStarts measure(ColdStartFunction function) {
        List<ColdStartSample> samples = new ArrayList<>();
        List<Double> floorMs = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            ColdStartSample sample = coldStart(function);
            samples.add(sample);
            StringBuilder line = new StringBuilder(function.name()).append(": cold start ").append(run).append(" of ").append(runs)
                    .append(": ").append(ms(sample.totalMs())).append(" to first response (Init Duration ")
                    .append(ms(sample.initDurationMs())).append(")");
            if (floor) {
                double ric = ricOwnStart(function);
                floorMs.add(ric);
                line.append(", the RIC's own start ").append(ms(ric));
            }
            line.append("; running median ").append(ms(Distribution.of(totals(samples)).p50()));
            progress.accept(line.toString());
        }
        return new FunctionColdStarts(function, samples, floorMs);
    }

    private ColdStartSample coldStart(ColdStartFunction function) {
        long start = System.nanoTime();
        ForkedEnvironment environment = new ForkedEnvironment("coldstart-" + ++ids, function.config(), function.code(),
                RuntimeClock.system(), TimeLimits.LAMBDA, ForkedOptions.defaults().withRuntimeClient(RuntimeClient.RIC)
                        .withCpuShare(cpuShare));
        try {
            InvocationResult result = environment.invoke(InvocationRequest.of(function.event()));
            double totalMs = (System.nanoTime() - start) / 1e6;
            if (!result.succeeded() || !result.report().coldStart() || result.report().initDurationMs().isEmpty()) {
                throw new ColdStartFailure(failure(function, result));
            }
            // Read while the child still runs: its performance data file goes with it.
            OptionalLong classes = environment.process().map(process -> HotSpotPerfData.loadedClasses(process.pid()))
                    .orElse(OptionalLong.empty());
            OptionalDouble vcpu = environment.process().flatMap(process -> CpuShare.measured(process,
                    process.info().startInstant().map(started -> Duration.between(started, Instant.now())).orElse(Duration.ZERO)))
                    .map(OptionalDouble::of).orElse(OptionalDouble.empty());
            return new ColdStartSample(totalMs, result.report().initDurationMs().get(), result.report().durationMs(), classes,
                    result.report().maxMemoryUsedMb(), vcpu);
        } finally {
            environment.close();
        }
    }

    /** The RIC's own start, process start to first response, on a task root of the function's code built outside the clock. */
    private double ricOwnStart(ColdStartFunction function) {
        Path directory;
        try {
            directory = OwnedTempDirectories.create("lambda-harness-ric-own-start-");
            Files.createDirectories(directory.resolve("tmp"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Path taskRoot = TaskRoots.materialise(directory.resolve("task"), function.code().functionEntries());
            TaskRoots.placeLayerJars(function.code().layerJars(), taskRoot);
            long start = System.nanoTime();
            try (RicOwnStart ric = RicOwnStart.launch(taskRoot, function.config().handler(), function.config().memorySize(),
                    function.event(), directory.resolve("tmp"), cpuShare)) {
                ric.awaitResponse();
                return (System.nanoTime() - start) / 1e6;
            }
        } finally {
            OwnedTempDirectories.delete(directory);
        }
    }

    private static String failure(ColdStartFunction function, InvocationResult result) {
        String what = result.error().map(FunctionError::toString)
                .orElse(result.report().coldStart() ? "status " + result.report().status() : "it was not a cold start");
        return "Function " + function.name() + " (handler " + function.config().handler() + ") did not answer its cold start: "
                + what.replace('\n', ' ') + ". Check its handler, code and event; the suite measures a successful first invocation.";
    }

    private static List<Double> totals(List<ColdStartSample> samples) {
        List<Double> totals = new ArrayList<>();
        samples.forEach(sample -> totals.add(sample.totalMs()));
        return totals;
    }

    static String ms(double value) {
        return String.format(Locale.ROOT, "%.1f ms", value);
    }

    /** A cold start that did not answer; its message is the one line a user reads. */
    public static final class ColdStartFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ColdStartFailure(String message) {
            super(message);
        }
    }
}
