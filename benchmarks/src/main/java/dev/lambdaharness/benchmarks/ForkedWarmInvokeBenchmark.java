package dev.lambdaharness.benchmarks;

import dev.lambdaharness.core.InvocationRequest;
import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.core.RuntimeClient;
import dev.lambdaharness.core.RuntimeClock;
import dev.lambdaharness.core.internal.forked.ForkedEnvironment;
import java.util.concurrent.TimeUnit;
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

    /** Runs this benchmark with its annotated settings. */
    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder().include(ForkedWarmInvokeBenchmark.class.getName()).build()).run();
    }
}
