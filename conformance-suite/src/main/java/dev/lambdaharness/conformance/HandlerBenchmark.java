package dev.lambdaharness.conformance;

import dev.lambdaharness.core.FunctionCode;
import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.core.Isolation;
import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.core.LambdaRuntime;
import dev.lambdaharness.events.EventFixtures;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
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

/**
 * A precompiled JMH benchmark of a project's own handler: {@link #coldStart} (a new execution
 * environment's first invocation, {@link Mode#SingleShotTime}, one per iteration) and
 * {@link #warmInvoke} (invocations of one warm environment, {@link Mode#SampleTime}), with the
 * handler, its code, its event, its memory and the isolation as {@code @Param}s. Run it with JMH's
 * own {@code org.openjdk.jmh.Main} on a class path holding this module and JMH, as the Maven
 * plugin's {@code benchmark} goal does, and read JMH's output and JSON as for any benchmark:
 *
 * <pre>{@code
 * java -cp <lambda-harness-conformance, its dependencies and jmh-core> org.openjdk.jmh.Main \
 *     dev.lambdaharness.conformance.HandlerBenchmark -p handler=com.example.Hello::handleRequest \
 *     -p code=target/classes:/home/me/.m2/.../aws-lambda-java-core-1.4.0.jar -p event=sqs/receive-message \
 *     -rf json -rff hello.json
 * }</pre>
 *
 * <p>Forked isolation (the default) runs each environment in a child JVM with the AWS runtime
 * interface client, so every cold start is a fresh JVM's; in-process, a fresh class loader's in the
 * JMH fork. An invocation that fails, or a cold start that was not one, ends the run with the error.
 */
@State(Scope.Benchmark)
public class HandlerBenchmark {

    /** The handler string, as Lambda takes it. */
    @Param("")
    public String handler;

    /** The function's code: class folders and jars separated by the path separator, or one deployment package {@code .zip}. */
    @Param("")
    public String code;

    /** The event: {@code {}}, a JSON file (relative to the working folder), or an event fixture id. */
    @Param("{}")
    public String event;

    /** Memory in MB. */
    @Param("512")
    public int memory;

    /** {@code forked} or {@code in-process}. */
    @Param("forked")
    public String isolation;

    FunctionConfig config;
    FunctionCode functionCode;
    byte[] payload;
    Isolation chosenIsolation;

    /** Reads the parameters once per trial; a bad one ends the run before any measurement. */
    @Setup(Level.Trial)
    public void readParameters() {
        if (handler.isBlank() || code.isBlank()) {
            throw new IllegalArgumentException("HandlerBenchmark needs -p handler=<handler string> and -p code=<class folders and"
                    + " jars separated by '" + File.pathSeparator + "', or a .zip>.");
        }
        config = FunctionConfig.builder(handler).memorySize(memory).build();
        List<Path> paths = Stream.of(code.split(File.pathSeparator)).filter(entry -> !entry.isBlank()).map(Path::of)
                .collect(Collectors.toList());
        functionCode = paths.size() == 1 && paths.get(0).toString().endsWith(".zip")
                ? FunctionCode.fromDeploymentPackage(paths.get(0)) : FunctionCode.fromPaths(paths);
        payload = event.equals("{}") ? event.getBytes(StandardCharsets.UTF_8) : EventFixtures.get(event).asBytes();
        chosenIsolation = Isolation.fromId(isolation);
    }

    /** A new runtime and function per iteration, outside the measurement; its first invocation is the cold start. */
    @State(Scope.Thread)
    public static class FreshEnvironment {
        LambdaRuntime runtime;
        LambdaFunction function;
        InvocationResult result;

        /**
         * One unmeasured cold start first, so that the harness's own first use in the JMH fork (its
         * classes loading, the runtime set unpacking) is in no measured one.
         */
        @Setup(Level.Trial)
        public void warmUp(HandlerBenchmark benchmark) {
            deploy(benchmark);
            result = function.invoke(benchmark.payload);
            close();
        }

        /** Deploys the function; no environment runs yet. */
        @Setup(Level.Iteration)
        public void deploy(HandlerBenchmark benchmark) {
            runtime = LambdaRuntime.builder().build();
            function = runtime.function(benchmark.config, benchmark.functionCode, benchmark.chosenIsolation);
            result = null;
        }

        /** Closes the environment and checks that what was measured was a successful cold start. */
        @TearDown(Level.Iteration)
        public void close() {
            runtime.close();
            check(result, true);
        }
    }

    /** One environment for the trial, started (cold) before the measurement. */
    @State(Scope.Thread)
    public static class WarmEnvironment {
        LambdaRuntime runtime;
        LambdaFunction function;

        /** Deploys the function and runs its cold start. */
        @Setup(Level.Trial)
        public void start(HandlerBenchmark benchmark) {
            runtime = LambdaRuntime.builder().build();
            function = runtime.function(benchmark.config, benchmark.functionCode, benchmark.chosenIsolation);
            check(function.invoke(benchmark.payload), true);
        }

        /** Closes the environment. */
        @TearDown(Level.Trial)
        public void close() {
            runtime.close();
        }
    }

    /** A new environment's first invocation: INIT (in a new JVM, forked) and the invoke. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 0)
    @Measurement(iterations = 10)
    @Fork(1)
    public InvocationResult coldStart(HandlerBenchmark benchmark, FreshEnvironment fresh) {
        fresh.result = fresh.function.invoke(benchmark.payload);
        return fresh.result;
    }

    /** An invocation of a warm environment. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 2, time = 1)
    @Measurement(iterations = 3, time = 2)
    @Fork(1)
    public InvocationResult warmInvoke(HandlerBenchmark benchmark, WarmEnvironment warm) {
        InvocationResult result = warm.function.invoke(benchmark.payload);
        if (!result.succeeded()) {
            check(result, false);
        }
        return result;
    }

    static void check(InvocationResult result, boolean cold) {
        if (result == null || !result.succeeded() || result.report().coldStart() != cold) {
            throw new IllegalStateException("The measured invocation was not a successful " + (cold ? "cold" : "warm")
                    + " start: " + (result == null ? "no result" : result.report() + " " + result.error().map(Object::toString)
                    .orElse(result.payloadAsString())));
        }
    }
}
