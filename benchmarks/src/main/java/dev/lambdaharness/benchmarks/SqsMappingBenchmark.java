package dev.lambdaharness.benchmarks;

import dev.lambdaharness.core.EventSourceMappingConfig;
import dev.lambdaharness.core.FunctionCode;
import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.core.LambdaRuntime;
import dev.lambdaharness.core.RuntimeClock;
import dev.lambdaharness.core.SqsQueue;
import dev.lambdaharness.core.SqsQueueConfig;
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
 * SQS messages per second through an event source mapping: a batch of messages sent to a local
 * queue, received in batches of 10 by the mapping (up to its initial 5 concurrent batches), each
 * batch one invocation of a no-op stream handler ({@code Ignores}), deleted on success, on a virtual clock; measured until
 * {@code settleEventSources} finds the queue empty. The budget (DESIGN.md, "Performance budgets") is
 * over 50,000 messages/s.
 *
 * <h2>How to run</h2>
 *
 * <pre>
 * mvn -B -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar SqsMappingBenchmark -f 3 -wi 3 -i 5
 * </pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 3, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class SqsMappingBenchmark {

    /** Messages per batch of the benchmark. */
    public static final int MESSAGES = 1000;

    private LambdaRuntime runtime;
    private SqsQueue queue;
    private final FunctionCode code = BenchmarkFunctions.code();

    /** A runtime on a virtual clock with a queue mapped to a warm no-op function. */
    @Setup(Level.Iteration)
    public void start() {
        runtime = LambdaRuntime.builder().clock(RuntimeClock.virtual()).build();
        queue = runtime.sqsQueue(SqsQueueConfig.builder("orders").build());
        LambdaFunction noOp = runtime.function(FunctionConfig.builder("dev.lambdaharness.benchmarks.function.Ignores")
                .functionName("no-op").build(), code);
        runtime.eventSourceMapping(noOp, EventSourceMappingConfig.builder(queue).build());
    }

    /** Closes the runtime. */
    @TearDown(Level.Iteration)
    public void stop() {
        runtime.close();
    }

    /** A batch of messages sent and drained through the mapping. */
    @Benchmark
    @OperationsPerInvocation(MESSAGES)
    public int sendAndDrain() {
        for (int i = 0; i < MESSAGES; i++) {
            queue.send("{\"order\":" + i + "}");
        }
        if (!runtime.settleEventSources(Duration.ofMinutes(1))) {
            throw new IllegalStateException(queue.size() + " messages did not drain");
        }
        return queue.size();
    }

    /** Runs this benchmark with its annotated settings, as the command above does. */
    public static void main(String[] args) throws RunnerException {
        Options options = new OptionsBuilder().include(SqsMappingBenchmark.class.getName()).build();
        new Runner(options).run();
    }
}
