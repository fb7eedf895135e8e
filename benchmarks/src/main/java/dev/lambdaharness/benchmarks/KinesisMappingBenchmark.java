package dev.lambdaharness.benchmarks;

import dev.lambdaharness.core.EventSourceMappingConfig;
import dev.lambdaharness.core.FunctionCode;
import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.core.LambdaRuntime;
import dev.lambdaharness.core.RuntimeClock;
import dev.lambdaharness.core.KinesisStream;
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
 * Kinesis records per second per shard through an event source mapping: a batch of records put on a
 * one-shard stream, read in batches of 100 (the default), one batch in flight, each batch one
 * invocation of a no-op stream handler ({@code Ignores}), on a virtual clock; measured until
 * {@code settleEventSources} finds the shard read to its end. DESIGN.md sets no budget for it.
 *
 * <h2>How to run</h2>
 *
 * <pre>
 * mvn -B -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar KinesisMappingBenchmark -f 3 -wi 3 -i 5
 * </pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 3, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class KinesisMappingBenchmark {

    /** Records per batch of the benchmark. */
    public static final int RECORDS = 1000;

    private LambdaRuntime runtime;
    private KinesisStream stream;
    private final FunctionCode code = BenchmarkFunctions.code();

    /** A runtime on a virtual clock with a one-shard stream mapped to a no-op function. */
    @Setup(Level.Iteration)
    public void start() {
        runtime = LambdaRuntime.builder().clock(RuntimeClock.virtual()).build();
        stream = runtime.kinesisStream("clicks", 1);
        LambdaFunction noOp = runtime.function(FunctionConfig.builder("dev.lambdaharness.benchmarks.function.Ignores")
                .functionName("no-op").build(), code);
        runtime.eventSourceMapping(noOp, EventSourceMappingConfig.builder(stream).build());
    }

    /** Closes the runtime. */
    @TearDown(Level.Iteration)
    public void stop() {
        runtime.close();
    }

    /** A batch of records put and read through the mapping. */
    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public int putAndRead() {
        for (int i = 0; i < RECORDS; i++) {
            stream.putRecord("user-" + (i % 10), "{\"click\":" + i + "}");
        }
        if (!runtime.settleEventSources(Duration.ofMinutes(1))) {
            throw new IllegalStateException("the shard was not read to its end");
        }
        return RECORDS;
    }

    /** Runs this benchmark with its annotated settings, as the command above does. */
    public static void main(String[] args) throws RunnerException {
        Options options = new OptionsBuilder().include(KinesisMappingBenchmark.class.getName()).build();
        new Runner(options).run();
    }
}
