package dev.lambdaharness.benchmarks;

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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The warm invoke of one probe handler per in-process mechanism: a rewritten {@code System.getenv},
 * output from the handler's pool thread, a {@code LambdaLogger} record, a handler that throws (the
 * error document and the runtime's error log), and a record input that the runtime's serialiser
 * refuses. Read each beside {@link WarmInvokeBenchmark}'s {@code harness}, the same path for a
 * typed SQS event: the difference is what the mechanism costs.
 *
 * <h2>How to run</h2>
 *
 * <pre>
 * mvn -B -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar ProbeHandlersBenchmark -f 2 -wi 2 -i 3 -rf json -rff probes.json
 * </pre>
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Thread)
public class ProbeHandlersBenchmark {

    /** The probe method of {@code dev.lambdaharness.benchmarks.function.Probes}. */
    @Param({"getenv", "printFromPool", "log", "fail", "record"})
    public String probe;

    private LambdaRuntime runtime;
    private LambdaFunction function;
    private byte[] event;

    @Setup(Level.Trial)
    public void deploy() {
        runtime = LambdaRuntime.create();
        function = runtime.function(FunctionConfig.builder("dev.lambdaharness.benchmarks.function.Probes::" + probe)
                .functionName("probe-" + probe).environment("GREETING", "hello").build(), BenchmarkFunctions.code());
        event = (probe.equals("record") ? "{\"sku\":\"A-1\",\"quantity\":2}" : probe.equals("getenv") ? "\"GREETING\""
                : "\"x\"").getBytes(StandardCharsets.UTF_8);
        InvocationResult first = function.invoke(event);
        boolean expectsError = probe.equals("fail") || probe.equals("record");
        if (first.succeeded() == expectsError) {
            throw new IllegalStateException("probe " + probe + " answered " + first);
        }
        if (probe.equals("getenv") && !first.payloadAsString().equals("\"hello\"")) {
            throw new IllegalStateException("getenv probe saw " + first.payloadAsString());
        }
    }

    @TearDown(Level.Trial)
    public void close() {
        runtime.close();
    }

    @Benchmark
    public InvocationResult warmInvoke() {
        return function.invoke(event);
    }
}
