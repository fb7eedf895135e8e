package dev.lambdaharness.benchmarks;

import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.core.LambdaRuntime;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * A warm invoke of a typed SQS handler ({@code RequestHandler<SQSEvent, SQSBatchResponse>}) through
 * the harness, side by side with its floor.
 *
 * <p>The floor ({@link #floor}) is what no runtime can skip: deserialise the event bytes with
 * aws-lambda-java-serialization, call the handler, serialise the response. The harness
 * ({@link #harness}) does that too, plus what makes it a Lambda runtime: checking the payload is
 * JSON, a request id and a context, handing the invocation to the environment's own thread (so a
 * timeout can stop waiting for it) and back, the {@code START}/{@code END}/{@code REPORT} log
 * lines, and the result object. The budget (DESIGN.md, "Performance budgets") is a harness time
 * within 1.5 times the floor's, read from the same run, since a ratio of two runs on a noisy
 * machine would mostly measure the noise.
 *
 * <p>A third method, {@link #floorHandedOff}, is the experimental control: the floor's work handed to
 * a thread of its own and waited for with a timeout, through the same JDK primitives the harness
 * uses (a {@code LinkedBlockingQueue} feeding one thread, a {@code CompletableFuture} waited for with
 * {@code get(timeout)}). It separates what the hand-off costs on this machine from what the rest of
 * the harness costs.
 *
 * <p>All three run the same handler class from the same function code with the same serialisers,
 * and both answer the same bytes: each state checks that once at setup, so the benchmark cannot
 * silently measure a failing invocation.
 *
 * <p>Warm means steady state, so this is a timed mode with warm-up: {@link Mode#SampleTime} keeps
 * every call's time, and its percentiles show the median and the tail the hand-off adds. Each
 * benchmark method takes only its own state, so the floor's fork never builds a harness and the
 * other way round.
 *
 * <h2>How to run</h2>
 *
 * <pre>
 * mvn -B -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar WarmInvokeBenchmark -f 3 -wi 3 -i 5
 * </pre>
 *
 * <p>Read the {@code p0.50} lines of {@code harness} and {@code floor} and divide. Add {@code -prof gc} to see the
 * allocation per invoke, {@code -prof stack} to see where the harness's time goes.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 3, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class WarmInvokeBenchmark {

    /** The SQS handler behind the harness, its one environment started (cold) at setup. */
    @State(Scope.Benchmark)
    public static class Harness {
        final byte[] event = BenchmarkFunctions.sqsEvent();
        LambdaRuntime runtime;
        LambdaFunction function;

        @Setup(Level.Trial)
        public void deployAndStartTheEnvironment() {
            runtime = LambdaRuntime.create();
            function = runtime.function(BenchmarkFunctions.sqsBatch(), BenchmarkFunctions.code());
            InvocationResult first = function.invoke(event);
            if (!first.succeeded() || !first.payloadAsString().equals(BenchmarkFunctions.SQS_RESPONSE)) {
                throw new IllegalStateException("The SQS function answered " + first.payloadAsString()
                        + " instead of " + BenchmarkFunctions.SQS_RESPONSE);
            }
        }

        @TearDown(Level.Trial)
        public void close() {
            if (function.environments().size() != 1) {
                throw new IllegalStateException("The warm invokes started " + function.environments().size()
                        + " environments instead of reusing one");
            }
            runtime.close();
        }
    }

    /** The same handler and serialisers without the harness. */
    @State(Scope.Benchmark)
    public static class Floor {
        final byte[] event = BenchmarkFunctions.sqsEvent();
        SerializationFloor floor;

        @Setup(Level.Trial)
        public void load() {
            floor = SerializationFloor.of(BenchmarkFunctions.code(), BenchmarkFunctions.SQS_HANDLER);
            String response = new String(floor.invoke(event), StandardCharsets.UTF_8);
            if (!response.equals(BenchmarkFunctions.SQS_RESPONSE)) {
                throw new IllegalStateException("The floor answered " + response + " instead of "
                        + BenchmarkFunctions.SQS_RESPONSE);
            }
        }

        @TearDown(Level.Trial)
        public void close() {
            floor.close();
        }
    }

    /** The floor, run on a thread of its own that the caller hands each call to. */
    @State(Scope.Benchmark)
    public static class HandedOffFloor extends Floor {
        ExecutorService thread;

        @Setup(Level.Trial)
        public void startThread() {
            thread = Executors.newSingleThreadExecutor(work -> {
                Thread daemon = new Thread(work, "handed-off-floor");
                daemon.setDaemon(true);
                return daemon;
            });
        }

        @TearDown(Level.Trial)
        public void stopThread() {
            thread.shutdownNow();
        }
    }

    /** Deserialise, call, serialise: no harness. */
    @Benchmark
    public byte[] floor(Floor state) {
        return state.floor.invoke(state.event);
    }

    /** Deserialise, call, serialise on another thread, waited for with a timeout as the harness waits. */
    @Benchmark
    public byte[] floorHandedOff(HandedOffFloor state)
            throws InterruptedException, ExecutionException, TimeoutException {
        return CompletableFuture.supplyAsync(() -> state.floor.invoke(state.event), state.thread)
                .get(3, TimeUnit.SECONDS);
    }

    /** {@code LambdaFunction.invoke(byte[])} on the warm environment. */
    @Benchmark
    public InvocationResult harness(Harness state) {
        return state.function.invoke(state.event);
    }

    /** Runs this benchmark with its annotated settings, as the command above does. */
    public static void main(String[] args) throws RunnerException {
        Options options = new OptionsBuilder().include(WarmInvokeBenchmark.class.getName()).build();
        new Runner(options).run();
    }
}
