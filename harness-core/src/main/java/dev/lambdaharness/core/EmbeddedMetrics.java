package dev.lambdaharness.core;

import dev.lambdaharness.internal.jackson.databind.JsonNode;
import dev.lambdaharness.internal.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the metrics a function writes in CloudWatch's embedded metric format (EMF) out of its log,
 * as CloudWatch Logs extracts them: a log line that is a JSON object with an {@code _aws} member
 * holding {@code Timestamp} and {@code CloudWatchMetrics} directives (namespace, dimension sets,
 * metric definitions), the values and dimension values being the object's own members. What
 * CloudWatch would not extract (a metric whose value is missing or not a number, a dimension whose
 * value is missing) is left out, as CloudWatch leaves it out. Powertools' {@code Metrics} and the
 * {@code aws-embedded-metrics} library write this format.
 *
 * <pre>{@code
 * InvocationResult result = function.invoke(event);
 * for (EmbeddedMetric metric : EmbeddedMetrics.in(result)) {
 *     System.out.println(metric.namespace() + "/" + metric.name() + " = " + metric.values());
 * }
 * }</pre>
 */
public final class EmbeddedMetrics {

    /** CloudWatch's standard storage resolution, the default of a metric that names none. */
    public static final int STANDARD_RESOLUTION = 60;

    private static final ObjectMapper JSON = new ObjectMapper();

    private EmbeddedMetrics() {
    }

    /** The metrics one invocation wrote, in the order it wrote them. */
    public static List<EmbeddedMetric> in(InvocationResult result) {
        return in(result.logs());
    }

    /** The metrics in some log events (of one invocation or many), in order. */
    public static List<EmbeddedMetric> in(List<LogEvent> logs) {
        List<EmbeddedMetric> metrics = new ArrayList<>();
        for (LogEvent event : logs) {
            if (event.source() == LogEvent.Source.FUNCTION && event.message().contains("\"_aws\"")) {
                read(event.message().strip(), metrics);
            }
        }
        return metrics;
    }

    private static void read(String line, List<EmbeddedMetric> into) {
        JsonNode root;
        try {
            root = JSON.readTree(line);
        } catch (IOException e) {
            return; // not JSON: CloudWatch extracts nothing from it
        }
        if (root == null || !root.isObject()) {
            return;
        }
        JsonNode aws = root.get("_aws");
        if (aws == null || !aws.isObject() || !aws.path("CloudWatchMetrics").isArray()) {
            return;
        }
        Instant timestamp = Instant.ofEpochMilli(aws.path("Timestamp").asLong(0));
        for (JsonNode directive : aws.get("CloudWatchMetrics")) {
            String namespace = directive.path("Namespace").asText(null);
            if (namespace == null) {
                continue;
            }
            List<Map<String, String>> sets = dimensionSets(root, directive.path("Dimensions"));
            for (JsonNode definition : directive.path("Metrics")) {
                String name = definition.path("Name").asText(null);
                List<Double> values = name == null ? List.of() : values(root.get(name));
                if (values.isEmpty()) {
                    continue;
                }
                String unit = definition.path("Unit").asText("None");
                int resolution = definition.path("StorageResolution").asInt(STANDARD_RESOLUTION);
                for (Map<String, String> dimensions : sets) {
                    into.add(new EmbeddedMetric(namespace, name, values, unit, resolution, dimensions, timestamp));
                }
            }
        }
    }

    /** Each dimension set with its values; a set naming a member the record lacks is left out. */
    private static List<Map<String, String>> dimensionSets(JsonNode root, JsonNode declared) {
        List<Map<String, String>> sets = new ArrayList<>();
        if (!declared.isArray() || declared.isEmpty()) {
            sets.add(Map.of());
            return sets;
        }
        for (JsonNode set : declared) {
            Map<String, String> dimensions = new LinkedHashMap<>();
            boolean complete = true;
            for (JsonNode dimension : set) {
                JsonNode value = root.get(dimension.asText());
                if (value == null || !value.isValueNode()) {
                    complete = false;
                    break;
                }
                dimensions.put(dimension.asText(), value.asText());
            }
            if (complete) {
                sets.add(dimensions);
            }
        }
        return sets;
    }

    private static List<Double> values(JsonNode value) {
        List<Double> values = new ArrayList<>();
        if (value == null) {
            return values;
        }
        if (value.isNumber()) {
            values.add(value.asDouble());
        } else if (value.isArray()) {
            for (JsonNode element : value) {
                if (!element.isNumber()) {
                    return List.of();
                }
                values.add(element.asDouble());
            }
        }
        return values;
    }
}
