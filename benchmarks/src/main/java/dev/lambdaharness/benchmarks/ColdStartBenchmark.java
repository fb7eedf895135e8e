package dev.lambdaharness.benchmarks;

import dev.lambdaharness.core.FunctionCode;
import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.core.LambdaRuntime;
import java.nio.charset.StandardCharsets;
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
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * An in-process cold start: the first invoke of a freshly deployed function, which starts a new
 * execution environment (its own class loader and thread), runs INIT (loads the handler class,
 * runs its static initialisers, builds its serialisers) and then the invocation.
 *
 * <p>A cold start happens once per environment and has no steady state, so a timed mode would
 * measure something else: the warm path. {@link Mode#SingleShotTime} times exactly one call per
 * iteration, with no warm-up. Each iteration gets a new runtime and function from a
 * {@code @Setup(Level.Iteration)} method, so every measured call is a cold start and the setup
 * stays outside the measurement. In this mode an iteration is one call, so {@code Level.Iteration}
 * already means "before every call": {@code Level.Invocation}, which JMH warns against (it
 * timestamps each call and runs the fixture inside the iteration, skewing calls shorter than a
 * millisecond), is not needed.
 *
 * <p>Two kinds of cold start come out of one run. The first iteration of each fork is the first
 * environment of a fresh JVM: the harness's own classes load and nothing is compiled yet, as in the
 * first test of a suite. The later iterations are the cold starts of the rest of a test suite: a
 * new environment in a JVM that has run the harness before. Several forks give several first ones;
 * the JSON result ({@code -rf json}) keeps every iteration's time per fork.
 *
 * <p>{@link #sqsBatchFloor} is the reference for the SQS cold start: what aws-lambda-java-serialization
 * itself costs for a new class loader, without a harness (load the handler and the events classes
 * through a fresh class loader, build the two serialisers, deserialise, call, serialise once). No
 * runtime that gives each environment its own class loader can start faster than that. (It is
 * slightly optimistic: the library caches the nested event classes it loads by name, JVM-wide, and
 * the floor leaves that cache alone, where the harness must empty it for each environment.)
 *
 * <p>Budgets (DESIGN.md, "Performance budgets"): hello under 5 ms, the typed SQS handler under
 * 25 ms.
 *
 * <h2>How to run</h2>
 *
 * <pre>
 * mvn -B -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar ColdStartBenchmark -f 5 -i 20 -rf json -rff cold.json
 * </pre>
 *
 * <p>Add {@code -prof gc} to see what one cold start allocates.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 20)
@Fork(value = 5, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ColdStartBenchmark {

    /** A function deployed but never invoked: its first invoke is a cold start. */
    @State(Scope.Thread)
    public abstract static class FreshFunction {
        final FunctionCode code = BenchmarkFunctions.code();
        LambdaRuntime runtime;
        LambdaFunction function;
        InvocationResult result;

        abstract FunctionConfig config();

        abstract String expectedResponse();

        @Setup(Level.Iteration)
        public void deploy() {
            runtime = LambdaRuntime.create();
            function = runtime.function(config(), code);
            result = null;
        }

        @TearDown(Level.Iteration)
        public void checkAndClose() {
            runtime.close();
            if (result == null || !result.report().coldStart() || !result.succeeded()
                    || !result.payloadAsString().equals(expectedResponse())) {
                throw new IllegalStateException("The measured call was not a successful cold start: "
                        + (result == null ? "no result" : result.report() + " " + result.payloadAsString()));
            }
        }
    }

    /** The hello function, deployed afresh for each iteration. */
    public static class FreshHello extends FreshFunction {
        @Override
        FunctionConfig config() {
            return BenchmarkFunctions.hello();
        }

        @Override
        String expectedResponse() {
            return BenchmarkFunctions.HELLO_RESPONSE;
        }
    }

    /** The SQS function, deployed afresh for each iteration. */
    public static class FreshSqsBatch extends FreshFunction {
        final byte[] event = BenchmarkFunctions.sqsEvent();

        @Override
        FunctionConfig config() {
            return BenchmarkFunctions.sqsBatch();
        }

        @Override
        String expectedResponse() {
            return BenchmarkFunctions.SQS_RESPONSE;
        }
    }

    /** The SQS event, for the floor. */
    @State(Scope.Thread)
    public static class SqsEvent {
        final FunctionCode code = BenchmarkFunctions.code();
        final byte[] event = BenchmarkFunctions.sqsEvent();
        SerializationFloor floor;
        byte[] response;

        @TearDown(Level.Iteration)
        public void checkAndClose() {
            floor.close();
            String text = response == null ? "no response" : new String(response, StandardCharsets.UTF_8);
            if (!text.equals(BenchmarkFunctions.SQS_RESPONSE)) {
                throw new IllegalStateException("The floor answered " + text);
            }
        }
    }

    /** New environment, INIT of {@code RequestHandler<String, String>}, first invoke. */
    @Benchmark
    public InvocationResult hello(FreshHello state) {
        state.result = state.function.invoke(BenchmarkFunctions.HELLO_EVENT);
        return state.result;
    }

    /** New environment, INIT of {@code RequestHandler<SQSEvent, SQSBatchResponse>}, first invoke. */
    @Benchmark
    public InvocationResult sqsBatch(FreshSqsBatch state) {
        state.result = state.function.invoke(state.event);
        return state.result;
    }

    /** A fresh class loader, the SQS handler's two serialisers, one deserialise-call-serialise: no harness. */
    @Benchmark
    public byte[] sqsBatchFloor(SqsEvent state) {
        state.floor = SerializationFloor.of(state.code, BenchmarkFunctions.SQS_HANDLER);
        state.response = state.floor.invoke(state.event);
        return state.response;
    }

    /** Runs this benchmark with its annotated settings, as the command above does. */
    public static void main(String[] args) throws RunnerException {
        Options options = new OptionsBuilder().include(ColdStartBenchmark.class.getName()).build();
        new Runner(options).run();
    }
}
