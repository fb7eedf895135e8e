package dev.lambdaharness.core.internal.config;

import dev.lambdaharness.core.InvalidConfigurationException;
import dev.lambdaharness.internal.jackson.core.JsonProcessingException;
import dev.lambdaharness.internal.jackson.core.json.JsonReadFeature;
import dev.lambdaharness.internal.jackson.databind.JsonNode;
import dev.lambdaharness.internal.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * An environment variables file in the format of SAM CLI's {@code sam local invoke --env-vars}: one
 * JSON object whose {@code "Parameters"} member holds variables for every function and whose other
 * members, each named for one function, hold that function's own, which win over
 * {@code "Parameters"}.
 *
 * <pre>{@code
 * // {"Parameters": {"STAGE": "test", "RETRIES": 3}, "OrdersFunction": {"TABLE": "orders-test"}}
 * EnvVarsFile file = EnvVarsFile.read(Path.of("env.json"));
 * file.variablesFor("OrdersFunction"); // {STAGE=test, RETRIES=3, TABLE=orders-test}
 * file.variablesFor("OtherFunction");  // {STAGE=test, RETRIES=3}
 * }</pre>
 *
 * <p>SAM CLI's rules, kept here: every member of the object must itself be an object, or the file
 * is refused; values become text as SAM CLI turns them into text ({@code true}/{@code false};
 * numbers as Python prints them, {@code 3}, {@code 1.5}, {@code 1e+16}; an object, an array or
 * {@code null} becomes the empty string, since it usually is an unresolved intrinsic function);
 * a function's member is the first non-empty one among the names it is known by, in the order the
 * caller gives them (SAM CLI: logical id, function id, function name, full path). SAM CLI overrides
 * only variables its template declares; a caller with a template applies these values to those.
 */
public final class EnvVarsFile {

    /** The member that holds variables for every function. */
    public static final String EVERY_FUNCTION = "Parameters";

    // Python's json module, which SAM CLI reads the file with, accepts NaN and Infinity.
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

    private final String source;
    private final Map<String, Map<String, String>> members;

    private EnvVarsFile(String source, Map<String, Map<String, String>> members) {
        this.source = source;
        this.members = members;
    }

    /**
     * Reads the file.
     *
     * @throws InvalidConfigurationException when the file cannot be read, is not JSON, or is not
     *                                       shaped as SAM CLI reads it; the message names the fix
     */
    public static EnvVarsFile read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw refused(file.toString(), "Environment variables file " + file + " " + InputFiles.problem(file, e)
                    + ". Give a JSON file such as {\"Parameters\": {\"TABLE\": \"orders\"}}.");
        }
        return parse(new String(bytes, StandardCharsets.UTF_8), file.toString());
    }

    /**
     * Reads the text of such a file.
     *
     * @param source where the text came from, for messages
     * @throws InvalidConfigurationException when the text is not JSON or not shaped as SAM CLI reads it
     */
    public static EnvVarsFile parse(String json, String source) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw refused(source, "Environment variables file " + source + " is not JSON ("
                    + e.getOriginalMessage() + ", line " + e.getLocation().getLineNr() + "). Write it as sam local"
                    + " invoke --env-vars reads it: {\"Parameters\": {\"KEY\": \"value\"}, \"FunctionName\":"
                    + " {\"KEY\": \"value\"}}.");
        }
        if (root == null || !root.isObject()) {
            throw refused(source, "Environment variables file " + source + " holds " + kind(root)
                    + ", not an object. Write it as {\"Parameters\": {\"KEY\": \"value\"}, \"FunctionName\":"
                    + " {\"KEY\": \"value\"}}.");
        }
        Map<String, Map<String, String>> members = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> member : root.properties()) {
            if (!member.getValue().isObject()) {
                // SAM CLI refuses the whole file here too ("Environment variables ... in incorrect format").
                throw refused(source, "In environment variables file " + source + ", \"" + member.getKey()
                        + "\" holds " + kind(member.getValue()) + ", not an object of variables. Write it as \""
                        + member.getKey() + "\": {\"KEY\": \"value\"}.");
            }
            Map<String, String> variables = new LinkedHashMap<>();
            member.getValue().properties().forEach(v -> variables.put(v.getKey(), text(v.getValue())));
            members.put(member.getKey(), Collections.unmodifiableMap(variables));
        }
        return new EnvVarsFile(source, Collections.unmodifiableMap(members));
    }

    /**
     * The variables of one function: those of {@code "Parameters"}, overridden by those of the
     * first non-empty member named by one of {@code functionNames}, in the file's order.
     *
     * @param functionNames the names the function is known by, most specific first
     */
    public Map<String, String> variablesFor(String... functionNames) {
        Map<String, String> variables = new LinkedHashMap<>(members.getOrDefault(EVERY_FUNCTION, Map.of()));
        for (String name : functionNames) {
            Map<String, String> own = members.get(name);
            if (own != null && !own.isEmpty()) {
                variables.putAll(own);
                break;
            }
        }
        return variables;
    }

    /** The members other than {@code "Parameters"}: the names of the functions the file speaks of. */
    public Set<String> functionNames() {
        Set<String> names = new LinkedHashSet<>(members.keySet());
        names.remove(EVERY_FUNCTION);
        return names;
    }

    /** Where the file was read from. */
    public String source() {
        return source;
    }

    /** A value as SAM CLI passes it to the function: as Python 3's {@code str()} prints it. */
    private static String text(JsonNode value) {
        if (value.isTextual()) {
            return value.textValue();
        }
        if (value.isBoolean()) {
            return value.booleanValue() ? "true" : "false";
        }
        if (value.isIntegralNumber()) {
            return value.bigIntegerValue().toString();
        }
        if (value.isNumber()) {
            return pythonFloat(value.doubleValue());
        }
        return ""; // null, objects and arrays: SAM CLI takes them for unresolved intrinsic functions
    }

    /**
     * Python's {@code repr} of a float: the shortest digits that read back as the same double,
     * written plainly from 1e-4 up to 1e16 (always with a fraction, {@code 3.0}), else as
     * {@code 1.5e+16} or {@code 1e-05}. The digits are {@code Double.toString}'s, the shortest from
     * JDK 19 on (JDK-4511638); before, a rare value keeps one digit more than Python prints.
     */
    static String pythonFloat(double value) {
        if (Double.isNaN(value)) {
            return "nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        String sign = value < 0 || (value == 0 && 1 / value < 0) ? "-" : "";
        if (value == 0) {
            return sign + "0.0";
        }
        BigDecimal shortest = new BigDecimal(Double.toString(Math.abs(value))).stripTrailingZeros();
        String digits = shortest.unscaledValue().toString();
        int exponent = digits.length() - 1 - shortest.scale();
        if (exponent < -4 || exponent >= 16) {
            String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            int magnitude = Math.abs(exponent);
            return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + (magnitude < 10 ? "0" : "") + magnitude;
        }
        String plain = shortest.toPlainString();
        return sign + (plain.contains(".") ? plain : plain + ".0");
    }

    private static String kind(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        if (node.isArray()) {
            return "an array";
        }
        if (node.isTextual()) {
            return "the text \"" + node.textValue() + "\"";
        }
        return node.toString();
    }

    private static InvalidConfigurationException refused(String source, String message) {
        return new InvalidConfigurationException("environment", source, null, message);
    }
}
