package dev.lambdaharness.benchmarks;

import dev.lambdaharness.core.FunctionCode;
import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.core.LambdaRuntime;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * A test suite's worth of cold starts: {@code environments} invocations of the hello function,
 * each in a runtime of its own that is closed afterwards, as a suite that gives every test a fresh
 * environment runs them. The budget (DESIGN.md, "Performance budgets") is the wall time of 1000
 * under 10 seconds, which is what a developer waits for.
 *
 * <p>One iteration is one whole batch, timed once ({@link Mode#SingleShotTime}), with no warm-up:
 * the first iteration of a fork starts from a fresh JVM, as a suite does, and the later ones show
 * how much of that was the JVM warming up. The time reported is for the whole batch, not per
 * invocation.
 *
 * <h2>How to run</h2>
 *
 * <pre>
 * mvn -B -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar FreshEnvironmentsBenchmark -f 3 -i 5
 * </pre>
 *
 * <p>{@code -p environments=100} runs smaller batches; {@code -prof gc} shows whether the
 * environments of earlier invocations are collected.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 5)
@Fork(value = 3, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class FreshEnvironmentsBenchmark {

    /** How many invocations, each on a new environment. */
    @Param("1000")
    public int environments;

    private final FunctionConfig hello = BenchmarkFunctions.hello();
    private final FunctionCode code = BenchmarkFunctions.code();

    /** The whole batch: deploy, invoke once (cold), close; {@code environments} times. */
    @Benchmark
    public void helloOnFreshEnvironments(Blackhole blackhole) {
        for (int i = 0; i < environments; i++) {
            try (LambdaRuntime runtime = LambdaRuntime.create()) {
                InvocationResult result = runtime.function(hello, code).invoke(BenchmarkFunctions.HELLO_EVENT);
                if (!result.succeeded() || !result.report().coldStart()) {
                    throw new IllegalStateException("Invocation " + i + " was not a successful cold start: "
                            + result.report() + " " + result.payloadAsString());
                }
                blackhole.consume(result);
            }
        }
    }

    /** Runs this benchmark with its annotated settings, as the command above does. */
    public static void main(String[] args) throws RunnerException {
        Options options = new OptionsBuilder().include(FreshEnvironmentsBenchmark.class.getName()).build();
        new Runner(options).run();
    }
}
