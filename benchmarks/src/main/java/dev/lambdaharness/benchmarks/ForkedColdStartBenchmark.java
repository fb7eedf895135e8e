package dev.lambdaharness.benchmarks;

import dev.lambdaharness.core.FunctionCode;
import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.InvocationRequest;
import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.core.RuntimeClient;
import dev.lambdaharness.core.RuntimeClock;
import dev.lambdaharness.core.SpareEnvironments;
import dev.lambdaharness.core.internal.TimeLimits;
import dev.lambdaharness.core.internal.child.TaskRoots;
import dev.lambdaharness.core.internal.coldstart.RicOwnStart;
import dev.lambdaharness.core.internal.forked.ForkedEnvironment;
import dev.lambdaharness.core.internal.forked.ForkedOptions;
import dev.lambdaharness.core.internal.forked.ForkedSpares;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * A forked cold start of the hello function, side by side with its baseline: the first invoke of a
 * new forked execution environment (a child JVM starts, INIT runs, the invocation runs), against
 * {@link #ricOwnStart}, the RIC started straight from here against a trivial Runtime API, from the
 * process's start to its first response. The budget (DESIGN.md, "Performance budgets") is a forked
 * cold start within 1.2 times the RIC's own start, read from the same run.
 *
 * <ul>
 *   <li>{@link #forkedRic}, {@link #forkedHarnessClient}: a new environment with each runtime client.</li>
 *   <li>{@link #sparedRic}, {@link #sparedHarnessClient}: the same, adopting a spare environment
 *       ({@link SpareEnvironments#BOOTED}) that booted before the iteration; the REPORT still shows
 *       the whole INIT.</li>
 *   <li>{@link #sparedInitAheadRic}: a spare that ran INIT ahead ({@link SpareEnvironments#INITIALISED}),
 *       the least a cold start can cost here.</li>
 * </ul>
 *
 * <p>{@link Mode#SingleShotTime}, one call per iteration, each on a new environment (or spare, or
 * process) built by a {@code @Setup(Level.Iteration)} method and closed by the tear-down, both
 * outside the measurement. Each state's trial set-up runs one cold start first, so the task root is
 * built and the harness's own code has run once before the first measured iteration.
 *
 * <h2>How to run</h2>
 *
 * <pre>
 * mvn -B -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar ForkedColdStartBenchmark -f 2 -i 10 -rf json -rff forked-cold.json
 * python3 benchmarks/summarize.py forked-cold.json
 * </pre>
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 10)
@Fork(value = 2, jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
public class ForkedColdStartBenchmark {

    private static final AtomicInteger IDS = new AtomicInteger();
    private static final Duration SPARE_READY = Duration.ofSeconds(60);

    /** A new environment per iteration; its first invoke is the measured cold start. */
    @State(Scope.Thread)
    public abstract static class FreshEnvironment {
        final FunctionConfig config = BenchmarkFunctions.hello();
        final FunctionCode code = BenchmarkFunctions.code();
        ForkedEnvironment environment;
        InvocationResult result;

        abstract RuntimeClient client();

        /** Whether the trial starts with one unmeasured cold start; the smoke test turns it off. */
        @Param("true")
        public boolean warmUp;

        @Setup(Level.Trial)
        public void warmUp() {
            if (warmUp) {
                deploy();
                invoke();
                checkAndClose();
            }
        }

        @Setup(Level.Iteration)
        public void deploy() {
            environment = new ForkedEnvironment("b" + IDS.incrementAndGet(), config, code, RuntimeClock.system(), client());
            result = null;
        }

        InvocationResult invoke() {
            result = environment.invoke(InvocationRequest.of(BenchmarkFunctions.HELLO_EVENT));
            return result;
        }

        @TearDown(Level.Iteration)
        public void checkAndClose() {
            environment.close();
            check(result);
        }
    }

    /** A new environment running the RIC. */
    public static class RicEnvironment extends FreshEnvironment {
        @Override
        RuntimeClient client() {
            return RuntimeClient.RIC;
        }
    }

    /** A new environment running the harness's own runtime client. */
    public static class HarnessEnvironment extends FreshEnvironment {
        @Override
        RuntimeClient client() {
            return RuntimeClient.HARNESS;
        }
    }

    /** A spare started and made ready before each iteration, adopted by the measured cold start. */
    @State(Scope.Thread)
    public abstract static class ReadySpare {
        final FunctionConfig config = BenchmarkFunctions.hello();
        final FunctionCode code = BenchmarkFunctions.code();
        ForkedSpares spares;
        ForkedEnvironment environment;
        InvocationResult result;

        abstract RuntimeClient client();

        abstract SpareEnvironments mode();

        /** Whether the trial starts with one unmeasured cold start; the smoke test turns it off. */
        @Param("true")
        public boolean warmUp;

        @Setup(Level.Trial)
        public void warmUp() {
            if (warmUp) {
                prepare();
                invoke();
                checkAndClose();
            }
        }

        @Setup(Level.Iteration)
        public void prepare() {
            spares = new ForkedSpares(config, code, RuntimeClock.system(), TimeLimits.LAMBDA,
                    ForkedOptions.DEFAULTS.withRuntimeClient(client()).withSpares(mode()));
            spares.replenish();
            if (!spares.awaitReady(SPARE_READY)) {
                throw new IllegalStateException("No spare was ready within " + SPARE_READY);
            }
            result = null;
        }

        InvocationResult invoke() {
            environment = (ForkedEnvironment) spares.create("s" + IDS.incrementAndGet(), config, code, RuntimeClock.system());
            result = environment.invoke(InvocationRequest.of(BenchmarkFunctions.HELLO_EVENT));
            return result;
        }

        @TearDown(Level.Iteration)
        public void checkAndClose() {
            environment.close();
            spares.close();
            check(result);
        }
    }

    /** A booted spare running the RIC. */
    public static class RicSpare extends ReadySpare {
        @Override
        RuntimeClient client() {
            return RuntimeClient.RIC;
        }

        @Override
        SpareEnvironments mode() {
            return SpareEnvironments.BOOTED;
        }
    }

    /** A booted spare running the harness's client. */
    public static class HarnessSpare extends ReadySpare {
        @Override
        RuntimeClient client() {
            return RuntimeClient.HARNESS;
        }

        @Override
        SpareEnvironments mode() {
            return SpareEnvironments.BOOTED;
        }
    }

    /** A spare running the RIC that has run INIT ahead. */
    public static class RicInitAheadSpare extends RicSpare {
        @Override
        SpareEnvironments mode() {
            return SpareEnvironments.INITIALISED;
        }
    }

    /** The baseline: the RIC's command line started from here against a trivial Runtime API. */
    @State(Scope.Thread)
    public static class RicProcess {
        final FunctionConfig config = BenchmarkFunctions.hello();
        /** Whether the trial starts with one unmeasured start; the smoke test turns it off. */
        @Param("true")
        public boolean warmUp;
        Path directory;
        Path taskRoot;
        RicOwnStart ric;
        byte[] response;

        @Setup(Level.Trial)
        public void buildTaskRoot() throws IOException {
            directory = Files.createTempDirectory("lambda-harness-ric-own-start-");
            taskRoot = TaskRoots.materialise(directory.resolve("task"), BenchmarkFunctions.code().classpath());
            Files.createDirectories(directory.resolve("tmp"));
            if (warmUp) {
                response = launch().awaitResponse();
                checkAndClose();
            }
        }

        RicOwnStart launch() {
            ric = RicOwnStart.launch(taskRoot, config.handler(), config.memorySize(), BenchmarkFunctions.HELLO_EVENT,
                    directory.resolve("tmp"));
            return ric;
        }

        @TearDown(Level.Iteration)
        public void checkAndClose() {
            ric.close();
            String text = response == null ? "no response" : new String(response, StandardCharsets.UTF_8);
            if (!text.equals(BenchmarkFunctions.HELLO_RESPONSE)) {
                throw new IllegalStateException("The RIC answered " + text);
            }
            response = null;
        }

        @TearDown(Level.Trial)
        public void deleteTaskRoot() {
            try (Stream<Path> paths = Files.walk(directory)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static void check(InvocationResult result) {
        if (result == null || !result.report().coldStart() || !result.succeeded()
                || !result.payloadAsString().equals(BenchmarkFunctions.HELLO_RESPONSE)) {
            throw new IllegalStateException("The measured call was not a successful cold start: "
                    + (result == null ? "no result" : result.report() + " " + result.payloadAsString()));
        }
    }

    /** The RIC started from here against a trivial Runtime API: process start to first response. */
    @Benchmark
    public byte[] ricOwnStart(RicProcess state) {
        state.response = state.launch().awaitResponse();
        return state.response;
    }

    /** A new forked environment running the RIC: child start, INIT, first invoke. */
    @Benchmark
    public InvocationResult forkedRic(RicEnvironment state) {
        return state.invoke();
    }

    /** A new forked environment running the harness's own client. */
    @Benchmark
    public InvocationResult forkedHarnessClient(HarnessEnvironment state) {
        return state.invoke();
    }

    /** A cold start in a booted spare running the RIC: INIT (class loading, handler) and first invoke. */
    @Benchmark
    public InvocationResult sparedRic(RicSpare state) {
        return state.invoke();
    }

    /** A cold start in a booted spare running the harness's client. */
    @Benchmark
    public InvocationResult sparedHarnessClient(HarnessSpare state) {
        return state.invoke();
    }

    /** A cold start in a spare running the RIC that ran INIT ahead: the first invoke, and the INIT logs. */
    @Benchmark
    public InvocationResult sparedInitAheadRic(RicInitAheadSpare state) {
        return state.invoke();
    }

    /** Runs this benchmark with its annotated settings. */
    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder().include(ForkedColdStartBenchmark.class.getName()).build()).run();
    }
}
