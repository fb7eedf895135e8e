package dev.lambdaharness.core;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One metric a function wrote in CloudWatch's embedded metric format (EMF), as CloudWatch Logs
 * extracts it from the log: its namespace, name, values, unit, storage resolution and the
 * dimensions of one dimension set. A record that declares several dimension sets yields one metric
 * per set, as CloudWatch stores it.
 *
 * <pre>{@code
 * List<EmbeddedMetric> metrics = EmbeddedMetrics.in(result);
 * EmbeddedMetric orders = metrics.get(0);
 * orders.namespace();   // "Orders"
 * orders.values();      // [1.0]
 * orders.dimensions();  // {Service=orders}
 * }</pre>
 *
 * @param namespace the CloudWatch namespace
 * @param name the metric's name
 * @param values its values (EMF allows an array)
 * @param unit its unit, {@code None} when the record gives none
 * @param storageResolution 60 (standard) or 1 (high resolution)
 * @param dimensions the dimension names of one set with their values
 * @param timestamp the record's {@code Timestamp}
 */
public record EmbeddedMetric(String namespace, String name, List<Double> values, String unit, int storageResolution,
        Map<String, String> dimensions, Instant timestamp) {

    /** Refuses a missing member and copies the collections. */
    public EmbeddedMetric {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(name, "name");
        values = List.copyOf(values);
        Objects.requireNonNull(unit, "unit");
        dimensions = Map.copyOf(dimensions);
        Objects.requireNonNull(timestamp, "timestamp");
    }

    /** The value, when the metric has exactly one. */
    public double value() {
        if (values.size() != 1) {
            throw new IllegalStateException("Metric " + namespace + "/" + name + " has " + values.size() + " values "
                    + values + ": read them with values().");
        }
        return values.get(0);
    }
}
