package dev.lambdaharness.benchmarks;

import dev.lambdaharness.core.FunctionCode;
import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.InvocationReport;
import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.core.LambdaRuntime;
import java.util.Arrays;
import java.util.Locale;

/**
 * Where a cold start's time goes, as the JVM warms up: a diagnostic to read next to
 * {@link ColdStartBenchmark}, not a benchmark (the budgets are judged by JMH's numbers only).
 *
 * <p>It runs many cold starts one after the other in one JVM and splits each with the figures of
 * its own {@code REPORT} line: INIT (loading the handler and building its serialisers, measured by
 * the harness), the first invocation's duration, and the rest of the wall time (creating the
 * environment, handing work to its thread and back, the caller's bookkeeping). It prints the
 * medians for the first cold start of the JVM, the next twenty, and the last hundred, which shows
 * how much of a cold start is the harness's own code still running interpreted.
 *
 * <h2>How to run</h2>
 *
 * <pre>
 * mvn -B -pl benchmarks -am package -DskipTests
 * java -Xms1g -Xmx1g -cp benchmarks/target/benchmarks.jar dev.lambdaharness.benchmarks.ColdStartBreakdown hello 1000
 * java -Xms1g -Xmx1g -cp benchmarks/target/benchmarks.jar dev.lambdaharness.benchmarks.ColdStartBreakdown sqs 1000
 * </pre>
 */
public final class ColdStartBreakdown {

    private ColdStartBreakdown() {
    }

    /**
     * @param args {@code hello} or {@code sqs}, then how many cold starts (at least 121)
     */
    public static void main(String[] args) {
        if (args.length != 2 || !(args[0].equals("hello") || args[0].equals("sqs"))) {
            System.err.println("Usage: ColdStartBreakdown hello|sqs COUNT");
            System.exit(2);
        }
        boolean sqs = args[0].equals("sqs");
        int count = Math.max(121, Integer.parseInt(args[1]));
        FunctionConfig config = sqs ? BenchmarkFunctions.sqsBatch() : BenchmarkFunctions.hello();
        FunctionCode code = BenchmarkFunctions.code();
        byte[] event = sqs ? BenchmarkFunctions.sqsEvent() : BenchmarkFunctions.HELLO_EVENT;

        double[] total = new double[count];
        double[] init = new double[count];
        double[] firstInvoke = new double[count];
        for (int i = 0; i < count; i++) {
            try (LambdaRuntime runtime = LambdaRuntime.create()) {
                long start = System.nanoTime();
                InvocationResult result = runtime.function(config, code).invoke(event);
                total[i] = (System.nanoTime() - start) / 1e6;
                InvocationReport report = result.report();
                if (!result.succeeded() || !report.coldStart()) {
                    throw new IllegalStateException("Cold start " + i + " failed: " + result.payloadAsString());
                }
                init[i] = report.initDurationMs().orElseThrow();
                firstInvoke[i] = report.durationMs();
            }
        }
        print(args[0], "1st (a fresh JVM)", total, init, firstInvoke, 0, 1);
        print(args[0], "2nd to 21st", total, init, firstInvoke, 1, 21);
        print(args[0], "last 100 of " + count, total, init, firstInvoke, count - 100, count);
    }

    private static void print(String function, String which, double[] total, double[] init, double[] firstInvoke,
            int from, int to) {
        double wall = median(total, from, to);
        double initMs = median(init, from, to);
        double invokeMs = median(firstInvoke, from, to);
        System.out.printf(Locale.ROOT, "%s, cold starts %s: median %.2f ms = INIT %.2f + first invoke %.2f"
                + " + rest %.2f (new environment, hand-offs, bookkeeping)%n", function, which, wall, initMs,
                invokeMs, wall - initMs - invokeMs);
    }

    private static double median(double[] values, int from, int to) {
        double[] sorted = Arrays.copyOfRange(values, from, to);
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
