package dev.lambdaharness.events.internal;

import dev.lambdaharness.events.json.JacksonTrees;
import dev.lambdaharness.internal.jackson.core.JsonProcessingException;
import dev.lambdaharness.internal.jackson.databind.JsonNode;
import dev.lambdaharness.internal.jackson.databind.ObjectMapper;
import dev.lambdaharness.internal.jackson.databind.node.ArrayNode;
import dev.lambdaharness.internal.jackson.databind.node.JsonNodeFactory;
import dev.lambdaharness.internal.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.Map;

/** Trees for payloads, with decimals kept as written (a Kinesis timestamp must not turn into 1.7E9). */
public final class Json {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper().setNodeFactory(NODES);

    private Json() {
    }

    /** @return a new empty object */
    public static ObjectNode object() {
        return NODES.objectNode();
    }

    /** @return a new empty array */
    public static ArrayNode array() {
        return NODES.arrayNode();
    }

    /** @return an array of {@code values}' strings */
    public static ArrayNode strings(Collection<String> values) {
        ArrayNode array = array();
        values.forEach(array::add);
        return array;
    }

    /** @return an object of {@code values}, in their iteration order */
    public static ObjectNode strings(Map<String, String> values) {
        ObjectNode object = object();
        values.forEach(object::put);
        return object;
    }

    /**
     * @param value a {@code JsonNode}, a {@code Map}, a {@code List} or a bean
     * @return {@code value} as a tree
     * @throws IllegalArgumentException naming the value's type when Jackson cannot write it
     */
    public static JsonNode tree(Object value) {
        if (value instanceof JsonNode node) {
            return node.deepCopy();
        }
        if (JacksonTrees.isTree(value)) {
            return parse(new String(JacksonTrees.write((com.fasterxml.jackson.databind.JsonNode) value),
                    java.nio.charset.StandardCharsets.UTF_8), "The Jackson tree");
        }
        try {
            return MAPPER.valueToTree(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Cannot write a " + value.getClass().getName() + " as JSON: "
                    + e.getMessage() + ". Pass a Map, a List, a JsonNode or a bean with getters.", e);
        }
    }

    /**
     * @return the compact JSON text of {@code value}; a string is taken to be JSON already, and checked
     * @see #tree(Object)
     */
    public static String text(Object value) {
        if (value instanceof String text) {
            parse(text, "The JSON text");
            return text;
        }
        try {
            return MAPPER.writeValueAsString(tree(value));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write a " + value.getClass().getName() + " as JSON", e);
        }
    }

    /**
     * @return the tree of a JSON document
     * @throws IllegalArgumentException naming {@code what} when {@code json} does not parse
     */
    public static JsonNode parse(String json, String what) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(what + " is not JSON: " + e.getOriginalMessage()
                    + ". Pass a JSON document, or a Map or JsonNode instead of a string.", e);
        }
    }
}
