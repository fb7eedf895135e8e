package dev.lambdaharness.benchmarks;

import dev.lambdaharness.core.AsyncInvokeConfig;
import dev.lambdaharness.core.FunctionCode;
import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.core.LambdaRuntime;
import dev.lambdaharness.core.RuntimeClock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Asynchronous events per second: a batch of events queued with {@code invokeAsync}, each run by a
 * no-op handler that fails, retried twice (after 1 and 2 minutes of a virtual clock that
 * {@code settleAsync} moves) and sent to an on-failure destination; three invocations per event. The
 * budget (DESIGN.md, "Performance budgets") is over 20,000 events/s. {@code succeed} is the same
 * without retries: a no-op handler that succeeds, to an on-success destination.
 *
 * <h2>How to run</h2>
 *
 * <pre>
 * mvn -B -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar AsyncEventsBenchmark -f 3 -wi 3 -i 5
 * </pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 3, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class AsyncEventsBenchmark {

    /** Events per batch. */
    public static final int EVENTS = 1000;

    private static final String FAILURES = "arn:aws:sqs:us-east-1:123456789012:failures";
    private static final String SUCCESSES = "arn:aws:sqs:us-east-1:123456789012:successes";

    private LambdaRuntime runtime;
    private LambdaFunction fails;
    private LambdaFunction succeeds;
    private final FunctionCode code = BenchmarkFunctions.code();

    /** A runtime on a virtual clock with the two functions, warm. */
    @Setup(Level.Iteration)
    public void start() {
        runtime = LambdaRuntime.builder().clock(RuntimeClock.virtual()).build();
        fails = runtime.function(FunctionConfig.builder("dev.lambdaharness.benchmarks.function.Fails::handleRequest")
                .functionName("fails").asyncInvoke(AsyncInvokeConfig.DEFAULT.withOnFailureDestination(FAILURES)).build(), code);
        succeeds = runtime.function(FunctionConfig.builder(BenchmarkFunctions.HELLO_HANDLER + "::handleRequest")
                .functionName("hello").asyncInvoke(AsyncInvokeConfig.DEFAULT.withOnSuccessDestination(SUCCESSES)).build(), code);
    }

    /** Closes the runtime. */
    @TearDown(Level.Iteration)
    public void stop() {
        runtime.close();
    }

    /** A batch of events through two retries each to the on-failure destination. */
    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public int retriedToDestination() {
        return batch(fails);
    }

    /** A batch of events that succeed at once, to the on-success destination. */
    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public int succeed() {
        return batch(succeeds);
    }

    private int batch(LambdaFunction function) {
        for (int i = 0; i < EVENTS; i++) {
            function.invokeAsync(BenchmarkFunctions.HELLO_EVENT);
        }
        int left = runtime.settleAsync(Duration.ofMinutes(5)).size();
        if (left != 0) {
            throw new IllegalStateException(left + " events did not settle");
        }
        return left;
    }

    /** Runs this benchmark with its annotated settings, as the command above does. */
    public static void main(String[] args) throws RunnerException {
        Options options = new OptionsBuilder().include(AsyncEventsBenchmark.class.getName()).build();
        new Runner(options).run();
    }
}
