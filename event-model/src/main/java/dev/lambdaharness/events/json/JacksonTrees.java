package dev.lambdaharness.events.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;

/**
 * The user's own Jackson, where the harness's API hands out or takes a {@code com.fasterxml.jackson}
 * {@code JsonNode}. The harness's Jackson is relocated inside its jars
 * ({@code dev.lambdaharness.internal.jackson}), so the two meet only as JSON bytes, and only calls
 * that name {@code JsonNode} need the user's Jackson (2.10 or newer) on the class path; without it
 * they fail with a message that names the artifact to add.
 *
 * <pre>{@code
 * JsonNode tree = JacksonTrees.read(result.payload());
 * byte[] json = JacksonTrees.write(tree);
 * }</pre>
 */
public final class JacksonTrees {

    private static final String TREE_CLASS = "com.fasterxml.jackson.databind.JsonNode";

    private JacksonTrees() {
    }

    /**
     * @return the user's Jackson tree of {@code json}, as a default {@code ObjectMapper} reads it
     * @throws IllegalArgumentException when {@code json} is not JSON
     * @throws IllegalStateException when Jackson is not on the class path
     */
    public static JsonNode read(byte[] json) {
        return readTree(json, false);
    }

    /**
     * @return the user's Jackson tree of {@code json} with decimals kept as written ({@code 1.50} stays
     *     {@code 1.50}), as the event payloads are read
     * @throws IllegalArgumentException when {@code json} is not JSON
     * @throws IllegalStateException when Jackson is not on the class path
     */
    public static JsonNode readExact(byte[] json) {
        return readTree(json, true);
    }

    private static JsonNode readTree(byte[] json, boolean exactDecimals) {
        try {
            return (exactDecimals ? Mappers.EXACT : Mappers.PLAIN).readTree(json);
        } catch (NoClassDefFoundError e) {
            throw absent(e);
        } catch (IOException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** @return the compact JSON of a user's Jackson tree */
    public static byte[] write(JsonNode tree) {
        try {
            return Mappers.PLAIN.writeValueAsBytes(tree);
        } catch (IOException e) {
            throw new IllegalArgumentException("The Jackson tree cannot be written as JSON: " + e.getMessage(), e);
        }
    }

    /** @return whether {@code value} is a user's Jackson tree, decided without loading Jackson */
    public static boolean isTree(Object value) {
        return value != null && isTreeType(value.getClass());
    }

    /** @return whether {@code type} is the user's {@code JsonNode} or a subclass, decided without loading Jackson */
    public static boolean isTreeType(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            if (c.getName().equals(TREE_CLASS)) {
                return true;
            }
        }
        return false;
    }

    private static IllegalStateException absent(NoClassDefFoundError e) {
        return new IllegalStateException("A Jackson JsonNode was asked for, and Jackson is not on the class path ("
                + e.getMessage() + "). Add com.fasterxml.jackson.core:jackson-databind (2.10 or newer) with test scope, "
                + "or read the payload as a string or bytes.", e);
    }

    /** Created on first use, so code that never names JsonNode never needs Jackson. */
    private static final class Mappers {
        static final ObjectMapper PLAIN = new ObjectMapper();
        @SuppressWarnings("deprecation") // withExactBigDecimals is the one spelling every Jackson 2 since 2.2 has
        static final ObjectMapper EXACT = new ObjectMapper()
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
    }
}
