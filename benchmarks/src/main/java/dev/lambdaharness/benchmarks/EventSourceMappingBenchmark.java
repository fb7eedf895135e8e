package dev.lambdaharness.benchmarks;

import dev.lambdaharness.core.EventSourceMappingConfig;
import dev.lambdaharness.core.FunctionCode;
import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.KinesisStream;
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
 * Records per second through event source mappings, each batch one invocation of a no-op stream
 * handler ({@code Ignores}), on a virtual clock, measured until {@code settleEventSources} finds
 * nothing left. {@code sqs}: SQS messages sent to a local queue, received in batches of 10 (up to the
 * mapping's initial 5 concurrent batches) and deleted on success; the budget (DESIGN.md,
 * "Performance budgets") is over 50,000 messages/s. {@code kinesis}: records put on a one-shard
 * stream, read in batches of 100 (the default), one batch in flight: records/s per shard, no budget.
 *
 * <h2>How to run</h2>
 *
 * <pre>
 * mvn -B -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar EventSourceMappingBenchmark -f 3 -wi 3 -i 5
 * </pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 3, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class EventSourceMappingBenchmark {

    /** Messages or records per batch of the benchmark. */
    public static final int MESSAGES = 1000;

    private LambdaRuntime runtime;
    private SqsQueue queue;
    private KinesisStream stream;
    private final FunctionCode code = BenchmarkFunctions.code();

    /** A runtime on a virtual clock with a queue and a one-shard stream, each mapped to a no-op function. */
    @Setup(Level.Iteration)
    public void start() {
        runtime = LambdaRuntime.builder().clock(RuntimeClock.virtual()).build();
        queue = runtime.sqsQueue(SqsQueueConfig.builder("orders").build());
        LambdaFunction noOp = runtime.function(FunctionConfig.builder("dev.lambdaharness.benchmarks.function.Ignores")
                .functionName("no-op").build(), code);
        runtime.eventSourceMapping(noOp, EventSourceMappingConfig.builder(queue).build());
        stream = runtime.kinesisStream("clicks", 1);
        runtime.eventSourceMapping(noOp, EventSourceMappingConfig.builder(stream).build());
    }

    /** Closes the runtime. */
    @TearDown(Level.Iteration)
    public void stop() {
        runtime.close();
    }

    /** A batch of messages sent to the queue and drained through its mapping. */
    @Benchmark
    @OperationsPerInvocation(MESSAGES)
    public int sqs() {
        for (int i = 0; i < MESSAGES; i++) {
            queue.send("{\"order\":" + i + "}");
        }
        if (!runtime.settleEventSources(Duration.ofMinutes(1))) {
            throw new IllegalStateException(queue.size() + " messages did not drain");
        }
        return queue.size();
    }

    /** A batch of records put on the stream and read through its mapping. */
    @Benchmark
    @OperationsPerInvocation(MESSAGES)
    public int kinesis() {
        for (int i = 0; i < MESSAGES; i++) {
            stream.putRecord("user-" + (i % 10), "{\"click\":" + i + "}");
        }
        if (!runtime.settleEventSources(Duration.ofMinutes(1))) {
            throw new IllegalStateException("the shard was not read to its end");
        }
        return MESSAGES;
    }

    /** Runs this benchmark with its annotated settings, as the command above does. */
    public static void main(String[] args) throws RunnerException {
        Options options = new OptionsBuilder().include(EventSourceMappingBenchmark.class.getName()).build();
        new Runner(options).run();
    }
}
