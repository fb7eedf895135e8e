package dev.lambdaharness.benchmarks;

import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.InvocationRequest;
import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.core.RuntimeClient;
import dev.lambdaharness.core.RuntimeClock;
import dev.lambdaharness.core.internal.child.ChildCommandLine;
import dev.lambdaharness.core.internal.child.ChildInvocation;
import dev.lambdaharness.core.internal.child.ChildJvm;
import dev.lambdaharness.core.internal.child.ChildLaunch;
import dev.lambdaharness.core.internal.child.ChildRequest;
import dev.lambdaharness.core.internal.child.JavaHome;
import dev.lambdaharness.core.internal.child.RicRuntimeLibraries;
import dev.lambdaharness.core.internal.child.TaskRoots;
import dev.lambdaharness.core.internal.coldstart.RicOwnStart;
import dev.lambdaharness.core.internal.forked.ForkedEnvironment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * A warm round trip through a forked environment: the invocation goes to the child's runtime client
 * over the Runtime API ({@code next} answered), the hello handler runs, the response comes back
 * ({@code POST .../response}), and the invoke returns once the runtime has asked for the next
 * invocation (so the invocation's logs are whole), with its log lines and REPORT. With the RIC and
 * with the harness's own runtime client. Budget (DESIGN.md): p50 under 1 ms.
 *
 * <p>{@link #launcherRic} is the same round trip through the child-JVM launcher alone
 * ({@link ChildJvm}, as the differential corpus's oracle drives the RIC): the RIC's answer and the
 * child's output cut at its next {@code next}, without the environment's platform lines, log
 * events and REPORT. The difference to {@link #ric} is the forked environment's own bookkeeping.
 *
 * <p>{@link Mode#SampleTime} with warm-up: the child's code (C1 only, as Lambda's
 * {@code -XX:TieredStopAtLevel=1}) and the harness's are compiled by the time it measures.
 *
 * <h2>How to run</h2>
 *
 * <pre>
 * mvn -B -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar ForkedWarmInvokeBenchmark -f 2 -wi 2 -i 3 -rf json -rff forked-warm.json
 * </pre>
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 2, jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
public class ForkedWarmInvokeBenchmark {

    /** One environment, started (cold) at setup, then invoked warm. */
    @State(Scope.Benchmark)
    public abstract static class WarmEnvironment {
        final InvocationRequest request = InvocationRequest.of(BenchmarkFunctions.HELLO_EVENT);
        ForkedEnvironment environment;
        InvocationResult last;

        abstract RuntimeClient client();

        @Setup(Level.Trial)
        public void start() {
            environment = new ForkedEnvironment("warm-" + client(), BenchmarkFunctions.hello(), BenchmarkFunctions.code(),
                    RuntimeClock.system(), client());
            environment.invoke(request);
            check(environment.invoke(request));
        }

        @TearDown(Level.Trial)
        public void checkAndClose() {
            InvocationResult result = last;
            environment.close();
            check(result);
        }

        private static void check(InvocationResult result) {
            if (result == null || result.report().coldStart() || !result.succeeded()
                    || !result.payloadAsString().equals(BenchmarkFunctions.HELLO_RESPONSE)) {
                throw new IllegalStateException("A warm invoke did not answer as expected: "
                        + (result == null ? "no result" : result.report() + " " + result.payloadAsString()));
            }
        }
    }

    /** The RIC in the child. */
    public static class Ric extends WarmEnvironment {
        @Override
        RuntimeClient client() {
            return RuntimeClient.RIC;
        }
    }

    /** The harness's own runtime client in the child. */
    public static class Harness extends WarmEnvironment {
        @Override
        RuntimeClient client() {
            return RuntimeClient.HARNESS;
        }
    }

    /** The RIC in a child JVM started and invoked by the launcher alone, as the oracle runs it. */
    @State(Scope.Benchmark)
    public static class Launcher {
        private static final Duration MAX_WAIT = Duration.ofSeconds(60);
        final FunctionConfig config = BenchmarkFunctions.hello();
        Path directory;
        ChildJvm child;
        ChildInvocation last;

        @Setup(Level.Trial)
        public void start() throws IOException {
            directory = Files.createTempDirectory("lambda-harness-launcher-warm-");
            Path taskRoot = TaskRoots.materialise(directory.resolve("task"), BenchmarkFunctions.code().classpath()).toRealPath();
            JavaHome javaHome = JavaHome.of(Path.of(System.getProperty("java.home")));
            List<String> command = ChildCommandLine.javaCommand(javaHome, config.memorySize(),
                    RicRuntimeLibraries.nativeClient(javaHome.osArch(), javaHome.musl()), RicRuntimeLibraries.classPath(),
                    config.handler());
            child = ChildJvm.launch(new ChildLaunch(taskRoot, command, address -> {
                Map<String, String> environment = new HashMap<>(RicOwnStart.environment(address, config.handler(),
                        config.memorySize(), taskRoot));
                environment.put("_LAMBDA_TELEMETRY_LOG_FD", Integer.toString(ChildCommandLine.TELEMETRY_FD));
                return environment;
            }, false, Duration.ZERO));
            check(invoke());
            check(invoke());
        }

        ChildInvocation invoke() {
            last = child.invoke(ChildRequest.of(BenchmarkFunctions.HELLO_EVENT, config.timeout(), config.functionArn()), MAX_WAIT);
            return last;
        }

        @TearDown(Level.Trial)
        public void checkAndClose() throws IOException {
            ChildInvocation result = last;
            child.close();
            try (Stream<Path> paths = Files.walk(directory)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
            check(result);
        }

        private static void check(ChildInvocation result) {
            if (result == null || result.outcome() != ChildInvocation.Outcome.RESPONSE
                    || !result.bodyText().equals(BenchmarkFunctions.HELLO_RESPONSE)) {
                throw new IllegalStateException("A warm invoke through the launcher did not answer as expected: " + result);
            }
        }
    }

    /** A warm invoke of hello through a child running the RIC. */
    @Benchmark
    public InvocationResult ric(Ric state) {
        state.last = state.environment.invoke(state.request);
        return state.last;
    }

    /** A warm invoke of hello through a child running the harness's client. */
    @Benchmark
    public InvocationResult harnessClient(Harness state) {
        state.last = state.environment.invoke(state.request);
        return state.last;
    }

    /** A warm invoke of hello through the launcher alone, the RIC in the child: the oracle's round trip. */
    @Benchmark
    public ChildInvocation launcherRic(Launcher state) {
        return state.invoke();
    }

    /** Runs this benchmark with its annotated settings. */
    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder().include(ForkedWarmInvokeBenchmark.class.getName()).build()).run();
    }
}
