package dev.lambdaharness.junit.internal.assertj;

import dev.lambdaharness.internal.jackson.core.JsonProcessingException;
import dev.lambdaharness.internal.jackson.databind.JsonNode;
import dev.lambdaharness.internal.jackson.databind.ObjectMapper;
import dev.lambdaharness.events.json.JacksonTrees;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Reads JSON text the way the assertions need it: a tree, or the reason it is not JSON. */
public final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    /**
     * The text as a JSON tree.
     *
     * @return the tree, or empty when the text is not one JSON value
     */
    public static Optional<JsonNode> read(String text) {
        try {
            JsonNode node = MAPPER.readTree(text);
            return node == null || node.isMissingNode() ? Optional.empty() : Optional.of(node);
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    /** Why the text is not one JSON value, in the parser's words without its location dump. */
    public static String problemWith(String text) {
        try {
            JsonNode node = MAPPER.readTree(text);
            return node == null || node.isMissingNode() ? "it is empty" : "it is JSON";
        } catch (JsonProcessingException e) {
            return e.getOriginalMessage();
        }
    }

    /**
     * JSON text a user wrote as an expectation.
     *
     * @throws IllegalArgumentException naming the problem when it is not JSON, since that is a
     *     mistake in the test rather than a failed assertion
     */
    public static JsonNode expected(String text) {
        return read(text).orElseThrow(() -> new IllegalArgumentException("The expected JSON is not JSON ("
                + problemWith(text) + "): " + text + ". Write it as JSON text, for example \"{\\\"sku\\\":\\\"A-1\\\"}\"."));
    }

    /** A tree of the project's own Jackson, as the harness's Jackson reads its JSON. */
    public static JsonNode fromUser(com.fasterxml.jackson.databind.JsonNode tree) {
        return expected(new String(JacksonTrees.write(tree), StandardCharsets.UTF_8));
    }

    /** The tree as indented text, for the diff an IDE shows. */
    public static String pretty(JsonNode node) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            return node.toString();
        }
    }
}
