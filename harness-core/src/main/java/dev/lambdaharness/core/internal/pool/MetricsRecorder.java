package dev.lambdaharness.core.internal.pool;

import dev.lambdaharness.core.FunctionMetrics;
import dev.lambdaharness.core.MetricStatistics;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Counts what CloudWatch would for one function, as its invocations and events happen. */
final class MetricsRecorder {

    private long invocations;
    private long errors;
    private long throttles;
    private final List<Double> durations = new ArrayList<>();
    private int running;
    private int maxRunning;
    private int provisionedRunning;
    private int maxProvisionedRunning;
    private long asyncReceived;
    private final List<Double> asyncAges = new ArrayList<>();
    private long asyncDropped;
    private long deadLetterErrors;
    private long destinationFailures;

    synchronized void started(boolean provisioned) {
        running++;
        maxRunning = Math.max(maxRunning, running);
        if (provisioned) {
            provisionedRunning++;
            maxProvisionedRunning = Math.max(maxProvisionedRunning, provisionedRunning);
        }
    }

    synchronized void ended(boolean provisioned, double durationMs, boolean error) {
        running--;
        if (provisioned) {
            provisionedRunning--;
        }
        invocations++;
        if (error) {
            errors++;
        }
        durations.add(durationMs);
    }

    synchronized int running() {
        return running;
    }

    synchronized void throttled() {
        throttles++;
    }

    synchronized void asyncReceived() {
        asyncReceived++;
    }

    synchronized void asyncAge(long ageMillis) {
        asyncAges.add((double) ageMillis);
    }

    synchronized void asyncDropped() {
        asyncDropped++;
    }

    synchronized void deadLetterError() {
        deadLetterErrors++;
    }

    synchronized void destinationFailure() {
        destinationFailures++;
    }

    synchronized FunctionMetrics snapshot() {
        return new FunctionMetrics(invocations, errors, throttles, statistics(durations), maxRunning,
                maxProvisionedRunning, asyncReceived, statistics(asyncAges), asyncDropped, deadLetterErrors,
                destinationFailures);
    }

    private static MetricStatistics statistics(List<Double> samples) {
        if (samples.isEmpty()) {
            return MetricStatistics.NONE;
        }
        List<Double> sorted = new ArrayList<>(samples);
        Collections.sort(sorted);
        double sum = sorted.stream().mapToDouble(Double::doubleValue).sum();
        return new MetricStatistics(sorted.size(), sum, sorted.get(0), sorted.get(sorted.size() - 1),
                rank(sorted, 50), rank(sorted, 90), rank(sorted, 99));
    }

    private static double rank(List<Double> sorted, int percentile) {
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
