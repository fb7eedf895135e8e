package dev.lambdaharness.core;

import java.util.Locale;

/**
 * The statistics of a metric with a value per sample, as CloudWatch gives them: sample count, sum,
 * minimum, maximum, average and percentiles (nearest rank). In milliseconds for {@code Duration}
 * and {@code AsyncEventAge}.
 *
 * <pre>{@code
 * MetricStatistics duration = function.metrics().duration();
 * duration.p90(); // 12.5
 * }</pre>
 *
 * @param sampleCount how many samples
 * @param sum their sum
 * @param minimum the smallest, 0 without samples
 * @param maximum the largest, 0 without samples
 * @param p50 the median
 * @param p90 the 90th percentile
 * @param p99 the 99th percentile
 */
public record MetricStatistics(long sampleCount, double sum, double minimum, double maximum, double p50, double p90,
        double p99) {

    /** No samples. */
    public static final MetricStatistics NONE = new MetricStatistics(0, 0, 0, 0, 0, 0, 0);

    /** The average, 0 without samples. */
    public double average() {
        return sampleCount == 0 ? 0 : sum / sampleCount;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%d samples, avg %.2f, min %.2f, p50 %.2f, p90 %.2f, p99 %.2f, max %.2f",
                sampleCount, average(), minimum, p50, p90, p99, maximum);
    }
}
