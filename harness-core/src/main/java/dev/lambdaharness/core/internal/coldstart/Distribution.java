package dev.lambdaharness.core.internal.coldstart;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The spread of one figure over a function's cold starts: the least, the median (p50), the 90th
 * percentile, the greatest, and their spread (greatest less least). Percentiles are nearest-rank
 * (the smallest value with at least that share of the runs at or below it), so every figure is one
 * that was measured, and with few runs p90 is the greatest.
 *
 * <pre>{@code
 * Distribution total = Distribution.of(List.of(412.0, 398.5, 430.1)); // p50 412.0, p90 430.1
 * }</pre>
 *
 * @param count how many values
 * @param min the least
 * @param p50 the median, nearest-rank
 * @param p90 the 90th percentile, nearest-rank
 * @param max the greatest
 */
public record Distribution(int count, double min, double p50, double p90, double max) {

    /** The distribution of the values; at least one is needed. */
    public static Distribution of(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("A distribution needs at least one value");
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return new Distribution(sorted.size(), sorted.get(0), percentile(sorted, 50), percentile(sorted, 90),
                sorted.get(sorted.size() - 1));
    }

    /** The greatest less the least. */
    public double spread() {
        return max - min;
    }

    private static double percentile(List<Double> sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }
}
