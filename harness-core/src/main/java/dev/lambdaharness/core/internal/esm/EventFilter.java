package dev.lambdaharness.core.internal.esm;

import dev.lambdaharness.core.InvalidConfigurationException;
import dev.lambdaharness.core.internal.shaded.ruler.JsonRuleCompiler;
import dev.lambdaharness.core.internal.shaded.ruler.Machine;
import dev.lambdaharness.internal.jackson.databind.JsonNode;
import dev.lambdaharness.internal.jackson.databind.ObjectMapper;
import dev.lambdaharness.internal.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * An event source mapping's filter criteria, matched with AWS's own engine (event-ruler), built once
 * per mapping with one rule per filter: a record matching any filter is delivered. Before the engine
 * sees a pattern, it is held to what Lambda accepts: at most {@link MappingLimits#MAX_FILTERS}
 * filters of at most {@link MappingLimits#MAX_FILTER_PATTERN_LENGTH} characters, a JSON object whose
 * leaves are non-empty arrays, and only the operators Lambda's filtering supports (no
 * {@code wildcard}, no {@code cidr}, no {@code anything-but} of a prefix, suffix, ignore-case or
 * wildcard). Each refusal is the service's {@code InvalidParameterValueException}
 * "Invalid filter pattern definition.".
 *
 * <pre>{@code
 * RecordFilter filter = EventFilter.forSqs(List.of("{\"body\":{\"type\":[\"order\"]}}"));
 * }</pre>
 */
public final class EventFilter implements RecordFilter {

    /** The service's message for a pattern it refuses. */
    public static final String INVALID_PATTERN = "Invalid filter pattern definition.";

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The operators Lambda's filtering accepts inside a pattern's arrays. */
    private static final Set<String> OPERATORS = Set.of("prefix", "suffix", "anything-but", "numeric", "exists",
            "equals-ignore-case");

    private final Machine machine;
    private final UnaryOperator<ObjectNode> prepare;

    private EventFilter(Machine machine, UnaryOperator<ObjectNode> prepare) {
        this.machine = machine;
        this.prepare = prepare;
    }

    /**
     * The filter of an SQS mapping: a record's {@code body} is matched as JSON when it is a JSON
     * object, as its text otherwise.
     */
    public static RecordFilter forSqs(List<String> patterns) {
        return of(patterns, record -> {
            JsonNode body = record.get("body");
            JsonNode parsed = body == null ? null : jsonObject(body.asText());
            if (parsed == null) {
                return record;
            }
            ObjectNode copy = record.deepCopy();
            copy.set("body", parsed);
            return copy;
        });
    }

    /**
     * The filter of a Kinesis mapping: a record's data, decoded from base64, is matched under
     * {@code data} when it is a JSON object; other data matches no pattern on {@code data}. A
     * pattern that matches {@code data} as plain values is refused, as Lambda refuses it for streams.
     */
    public static RecordFilter forKinesis(List<String> patterns) {
        for (String pattern : patterns) {
            JsonNode tree = parseOrNull(pattern);
            if (tree != null && tree.isObject() && tree.has("data") && !tree.get("data").isObject()) {
                throw invalid(pattern, "a stream's data is matched as JSON: write the pattern of \"data\" as an object,"
                        + " for example {\"data\":{\"type\":[\"order\"]}}");
            }
        }
        return of(patterns, record -> {
            JsonNode data = record.at("/kinesis/data");
            if (data.isMissingNode()) {
                return record;
            }
            String decoded;
            try {
                decoded = new String(java.util.Base64.getDecoder().decode(data.asText()), java.nio.charset.StandardCharsets.UTF_8);
            } catch (IllegalArgumentException notBase64) {
                return record;
            }
            JsonNode parsed = jsonObject(decoded);
            if (parsed == null) {
                return record;
            }
            ObjectNode copy = record.deepCopy();
            copy.set("data", parsed);
            return copy;
        });
    }

    private static JsonNode parseOrNull(String text) {
        try {
            return text == null ? null : JSON.readTree(text);
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * A filter of the patterns, each record prepared as its source's filtering sees it; no filter for none.
     *
     * @throws InvalidConfigurationException when Lambda would refuse a pattern or their number
     */
    public static RecordFilter of(List<String> patterns, UnaryOperator<ObjectNode> prepare) {
        if (patterns.isEmpty()) {
            return RecordFilter.NONE;
        }
        if (patterns.size() > MappingLimits.MAX_FILTERS) {
            throw MappingLimits.invalid("FilterCriteria.Filters", patterns.size() + " filters", patterns.size()
                    + " filters are more than Lambda accepts: at most " + MappingLimits.MAX_FILTERS + " per mapping"
                    + " (InvalidParameterValueException; the quota can be raised to 10 on AWS). Combine them with $or.");
        }
        Machine machine = Machine.builder().build();
        for (int i = 0; i < patterns.size(); i++) {
            String pattern = patterns.get(i);
            check(pattern);
            try {
                machine.addRule("filter-" + i, pattern);
            } catch (IOException | RuntimeException e) {
                throw invalid(pattern, "the matcher refuses it: " + e.getMessage());
            }
        }
        return new EventFilter(machine, prepare);
    }

    @Override
    public boolean matches(ObjectNode record) {
        return !machine.rulesForJSONEvent(prepare.apply(record)).isEmpty();
    }

    private static void check(String pattern) {
        if (pattern == null) {
            throw invalid("null", "a filter needs a pattern");
        }
        if (pattern.length() > MappingLimits.MAX_FILTER_PATTERN_LENGTH) {
            throw new InvalidConfigurationException("FilterCriteria.Filters.Pattern", pattern.length() + " characters",
                    "ValidationException", "A filter pattern of " + pattern.length() + " characters is longer than"
                    + " Lambda accepts: at most " + MappingLimits.MAX_FILTER_PATTERN_LENGTH + " (ValidationException)."
                    + " Shorten it, or split it into several filters.");
        }
        JsonNode tree;
        try {
            tree = JSON.readTree(pattern);
        } catch (IOException e) {
            throw invalid(pattern, "it is not JSON");
        }
        if (tree == null || !tree.isObject() || tree.isEmpty()) {
            throw invalid(pattern, "a pattern is a JSON object naming at least one field");
        }
        checkObject(pattern, tree);
        String engine = JsonRuleCompiler.check(pattern);
        if (engine != null) {
            throw invalid(pattern, engine);
        }
    }

    private static void checkObject(String pattern, JsonNode object) {
        for (Map.Entry<String, JsonNode> field : object.properties()) {
            JsonNode value = field.getValue();
            if (field.getKey().equals("$or")) {
                if (!value.isArray() || value.size() < 2) {
                    throw invalid(pattern, "$or takes an array of at least two patterns");
                }
                for (JsonNode alternative : value) {
                    if (!alternative.isObject()) {
                        throw invalid(pattern, "each alternative of $or is a pattern object");
                    }
                    checkObject(pattern, alternative);
                }
            } else if (value.isObject()) {
                checkObject(pattern, value);
            } else if (value.isArray()) {
                if (value.isEmpty()) {
                    throw invalid(pattern, "field \"" + field.getKey() + "\" matches an empty array, which matches nothing");
                }
                for (JsonNode match : value) {
                    if (match.isObject()) {
                        checkOperator(pattern, field.getKey(), match);
                    }
                }
            } else {
                throw invalid(pattern, "field \"" + field.getKey() + "\" must match an array of values, for example"
                        + " [" + value + "]");
            }
        }
    }

    private static void checkOperator(String pattern, String field, JsonNode match) {
        for (Iterator<String> names = match.fieldNames(); names.hasNext();) {
            String operator = names.next();
            if (!OPERATORS.contains(operator)) {
                throw invalid(pattern, "Lambda's filtering has no operator \"" + operator + "\" (field \"" + field
                        + "\"); it has prefix, suffix, anything-but, numeric, exists and equals-ignore-case");
            }
            if (operator.equals("anything-but") && match.get(operator).isObject()) {
                throw invalid(pattern, "Lambda's filtering takes anything-but of values only, not of "
                        + match.get(operator).fieldNames().next() + " (field \"" + field + "\")");
            }
        }
    }

    private static InvalidConfigurationException invalid(String pattern, String why) {
        return MappingLimits.invalid("FilterCriteria.Filters.Pattern", pattern, "Filter pattern " + pattern
                + " is refused: " + why + " (InvalidParameterValueException: " + INVALID_PATTERN + "). Write it as"
                + " Lambda's filter rule syntax describes, for example {\"body\":{\"type\":[\"order\"]}}.");
    }

    static JsonNode jsonObject(String text) {
        if (text.isEmpty() || text.charAt(0) != '{' && !Character.isWhitespace(text.charAt(0))) {
            return null;
        }
        try {
            JsonNode parsed = JSON.readTree(text);
            return parsed != null && parsed.isObject() ? parsed : null;
        } catch (IOException e) {
            return null;
        }
    }
}
