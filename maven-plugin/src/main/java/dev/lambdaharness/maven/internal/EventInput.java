package dev.lambdaharness.maven.internal;

import dev.lambdaharness.events.EventFixtures;
import dev.lambdaharness.events.FixtureNotFoundException;
import dev.lambdaharness.internal.jackson.databind.DeserializationFeature;
import dev.lambdaharness.internal.jackson.databind.JsonNode;
import dev.lambdaharness.internal.jackson.databind.cfg.JsonNodeFeature;
import dev.lambdaharness.internal.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An event a goal sends, as a user names it: a JSON file (relative to the project's folder, or
 * absolute) or an event fixture id of the catalogue with parameters, as {@code @Event} takes them.
 *
 * <pre>{@code
 * byte[] event = EventInput.read(basedir, "events/order.json", Map.of(), "<event>");
 * byte[] sqs = EventInput.read(basedir, "sqs/receive-message", Map.of("body", "hi"), "-Devent");
 * }</pre>
 */
public final class EventInput {

    /** A comma that starts the next {@code name=}: a comma inside a value (a JSON body) does not. */
    private static final Pattern NEXT_PARAMETER = Pattern.compile(",(?=\\s*[A-Za-z][A-Za-z0-9_.-]*=)");

    private static final JsonMapper INDENTING = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES).build();

    private EventInput() {
    }

    /**
     * Parameters as one property gives them, {@code name=value} separated by commas:
     * {@code body={"a":1,"b":2},queue=orders} is {@code body} and {@code queue}, since a comma splits
     * only before another {@code name=}.
     *
     * @param parameter the parameter that gave them, for the message
     * @throws IllegalArgumentException with one line naming the parameter, the entry and the form
     */
    public static Map<String, String> parameters(String text, String parameter) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return parameters;
        }
        for (String entry : NEXT_PARAMETER.split(text.trim())) {
            int equals = entry.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException(parameter + " entry '" + entry + "' is not name=value; write the fixture's"
                        + " parameters as -D" + parameter + "=body=hi,queue=orders.");
            }
            parameters.put(entry.substring(0, equals).trim(), entry.substring(equals + 1));
        }
        return parameters;
    }

    /**
     * The event's bytes.
     *
     * @param parameter the parameter that named it, for the message
     * @throws IllegalArgumentException with one line naming the parameter, the value and the fix
     */
    public static byte[] read(Path basedir, String event, Map<String, String> parameters, String parameter) {
        Path file = basedir.resolve(event);
        if (Files.isRegularFile(file)) {
            if (!parameters.isEmpty()) {
                throw new IllegalArgumentException(parameter + " = " + event + " is a file, and parameters apply to event fixtures"
                        + " only; drop the parameters or name a fixture id such as sqs/receive-message.");
            }
            try {
                return Files.readAllBytes(file);
            } catch (IOException e) {
                throw new IllegalArgumentException(parameter + " = " + event + " cannot be read (" + e.getMessage()
                        + "); check the file's permissions.");
            }
        }
        try {
            return EventFixtures.get(event).with(parameters).asBytes();
        } catch (FixtureNotFoundException e) {
            throw new IllegalArgumentException(parameter + " = " + event + " is neither a file under " + basedir
                    + " nor an event fixture: " + oneLine(e.getMessage()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(parameter + " = " + event + ": " + oneLine(e.getMessage()));
        }
    }

    /**
     * A built-in or class path fixture's JSON with the parameters applied.
     *
     * @throws IllegalArgumentException with one line naming the parameter, the id and the nearest ids
     */
    public static byte[] fixture(String id, Map<String, String> parameters, String parameter) {
        try {
            return EventFixtures.get(id).with(parameters).asBytes();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(parameter + " = " + id + ": " + oneLine(e.getMessage()));
        }
    }

    /**
     * The JSON indented, as {@code sam local generate-event} prints it; numbers keep their digits
     * (read as decimals, not doubles).
     */
    public static String pretty(byte[] json) {
        try {
            JsonNode tree = INDENTING.readTree(json);
            return INDENTING.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
        } catch (IOException e) {
            return new String(json, StandardCharsets.UTF_8); // a fixture is JSON; should one not be, it is printed as it is
        }
    }

    /** A message on one line, as a goal's refusal is. */
    static String oneLine(String message) {
        return message.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
