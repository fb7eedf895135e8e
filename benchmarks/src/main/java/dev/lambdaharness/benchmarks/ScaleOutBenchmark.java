package dev.lambdaharness.benchmarks;

import dev.lambdaharness.core.FunctionCode;
import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.core.LambdaRuntime;
import dev.lambdaharness.core.LoadTest;
import dev.lambdaharness.core.LoadTestResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Scale-out: {@code environments} callers invoke the hello function at once, in a new runtime, so
 * every invocation starts an in-process environment of its own; the time is until all of them
 * answered. The budget (DESIGN.md, "Performance budgets") is 100 within 1 second.
 *
 * <p>The function is the hello function, except that each invocation answers only once all
 * {@code environments} have started (it waits for their marks in a directory), so that every caller
 * holds an environment of its own (checked: the batch fails unless all were cold starts). The time
 * is until the last of them answered. One iteration is one batch ({@link Mode#SingleShotTime}); the
 * first of a fork starts from a fresh JVM, as a test suite does.
 *
 * <h2>How to run</h2>
 *
 * <pre>
 * mvn -B -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar ScaleOutBenchmark -f 3 -i 5
 * </pre>
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 5)
@Fork(value = 3, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class ScaleOutBenchmark {

    /** How many callers at once, each needing an environment of its own. */
    @Param("100")
    public int environments;

    private final FunctionConfig gathers = FunctionConfig.builder("dev.lambdaharness.benchmarks.function.Gathers::handleRequest")
            .functionName("gathers").build();
    private final FunctionCode code = BenchmarkFunctions.code();

    /** One batch: a new runtime, {@code environments} concurrent cold invocations, all answered. */
    @Benchmark
    public LoadTestResult hundredColdEnvironmentsAtOnce() throws IOException {
        Path marks = Files.createTempDirectory("scale-out");
        try (LambdaRuntime runtime = LambdaRuntime.create()) {
            LambdaFunction function = runtime.function(gathers, code);
            LoadTestResult result = LoadTest.of(function).event("\"" + marks + "|" + environments + "\"").invocations(environments)
                    .concurrency(environments).run();
            if (result.succeeded() != environments || result.coldStarts() != environments) {
                throw new IllegalStateException("Not " + environments + " successful cold starts: " + result);
            }
            return result;
        } finally {
            try (Stream<Path> files = Files.list(marks)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    Files.delete(file);
                }
            }
            Files.delete(marks);
        }
    }

    /** Runs this benchmark with its annotated settings, as the command above does. */
    public static void main(String[] args) throws RunnerException {
        Options options = new OptionsBuilder().include(ScaleOutBenchmark.class.getName()).build();
        new Runner(options).run();
    }
}
