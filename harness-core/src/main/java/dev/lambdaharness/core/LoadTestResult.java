package dev.lambdaharness.core;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The summary of a {@link LoadTest}: how many invocations ran, succeeded, failed, were throttled or
 * never started, how many were cold starts, and the latencies of those that ran as the caller saw
 * them (from the invoke call to its return).
 *
 * <pre>{@code
 * LoadTestResult result = LoadTest.of(function).invocations(100).concurrency(10).run();
 * System.out.println(result); // 100 invocations: 100 ran (10 cold), 0 throttled, ... p50 3.1 ms, p90 4.0 ms, max 210 ms
 * }</pre>
 */
public final class LoadTestResult {

    private final int requested;
    private final List<InvocationResult> results;
    private final List<TooManyRequestsException> throttles;
    private final List<Duration> sortedLatencies;
    private final int peakConcurrency;
    private final Duration wallTime;

    /**
     * Creates a summary; a {@link LoadTest} does this.
     *
     * @param requested the invocations the test was to send
     * @param results the results of the invocations that ran
     * @param throttles the throttles callers got
     * @param latencies the caller-side latencies of the invocations that ran
     * @param peakConcurrency the most invocations in flight at once, as the callers counted them
     * @param wallTime how long the test took in real time
     */
    public LoadTestResult(int requested, List<InvocationResult> results, List<TooManyRequestsException> throttles,
            List<Duration> latencies, int peakConcurrency, Duration wallTime) {
        this.requested = requested;
        this.results = List.copyOf(results);
        this.throttles = List.copyOf(throttles);
        List<Duration> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        this.sortedLatencies = List.copyOf(sorted);
        this.peakConcurrency = peakConcurrency;
        this.wallTime = wallTime;
    }

    /** The invocations the test was to send. */
    public int requested() {
        return requested;
    }

    /** The invocations that ran (succeeded or failed), throttled ones not included. */
    public int invoked() {
        return results.size();
    }

    /** The invocations that returned a response. */
    public int succeeded() {
        return (int) results.stream().filter(InvocationResult::succeeded).count();
    }

    /** The invocations that ended in an error (a function error, a timeout, a crash). */
    public int errors() {
        return invoked() - succeeded();
    }

    /** The invocations Lambda throttled. */
    public int throttles() {
        return throttles.size();
    }

    /** The throttles by reason. */
    public Map<ThrottleReason, Integer> throttlesByReason() {
        Map<ThrottleReason, Integer> byReason = new EnumMap<>(ThrottleReason.class);
        throttles.forEach(throttle -> byReason.merge(throttle.reason(), 1, Integer::sum));
        return Collections.unmodifiableMap(byReason);
    }

    /** The invocations never started: the time limit came first. */
    public int notStarted() {
        return requested - invoked() - throttles();
    }

    /** The invocations that started a new environment. */
    public int coldStarts() {
        return (int) results.stream().filter(result -> result.report().coldStart()).count();
    }

    /** The most invocations in flight at once, as the callers counted them. */
    public int peakConcurrency() {
        return peakConcurrency;
    }

    /** The median caller-side latency of the invocations that ran; zero when none ran. */
    public Duration p50() {
        return percentile(50);
    }

    /** The 90th-percentile latency. */
    public Duration p90() {
        return percentile(90);
    }

    /** The longest latency. */
    public Duration max() {
        return sortedLatencies.isEmpty() ? Duration.ZERO : sortedLatencies.get(sortedLatencies.size() - 1);
    }

    /** How long the whole test took in real time. */
    public Duration wallTime() {
        return wallTime;
    }

    /** The results of the invocations that ran, in the order they ended. */
    public List<InvocationResult> results() {
        return results;
    }

    /** The throttles, in the order they happened. */
    public List<TooManyRequestsException> throttleExceptions() {
        return throttles;
    }

    /** The nearest-rank percentile of the latencies. */
    private Duration percentile(int p) {
        if (sortedLatencies.isEmpty()) {
            return Duration.ZERO;
        }
        int rank = (int) Math.ceil(p / 100.0 * sortedLatencies.size());
        return sortedLatencies.get(Math.max(0, rank - 1));
    }

    @Override
    public String toString() {
        return requested + " invocations: " + invoked() + " ran (" + coldStarts() + " cold, " + errors() + " errors), "
                + throttles() + " throttled" + (throttles() > 0 ? " " + throttlesByReason() : "") + ", " + notStarted()
                + " not started; p50 " + millis(p50()) + ", p90 " + millis(p90()) + ", max " + millis(max())
                + "; peak concurrency " + peakConcurrency + "; " + millis(wallTime) + " in all";
    }

    private static String millis(Duration duration) {
        return String.format(java.util.Locale.ROOT, "%.1f ms", duration.toNanos() / 1_000_000.0);
    }
}
