package dev.lambdaharness.events.internal;

import dev.lambdaharness.internal.jackson.core.JsonProcessingException;
import dev.lambdaharness.internal.jackson.core.type.TypeReference;
import dev.lambdaharness.internal.jackson.databind.JsonNode;
import dev.lambdaharness.internal.jackson.databind.DeserializationFeature;
import dev.lambdaharness.internal.jackson.databind.ObjectMapper;
import dev.lambdaharness.internal.jackson.databind.json.JsonMapper;
import dev.lambdaharness.internal.jackson.databind.cfg.JsonNodeFeature;
import dev.lambdaharness.events.EventPayload;
import dev.lambdaharness.events.serialization.RuntimeSidePayloads;
import dev.lambdaharness.events.json.JacksonTrees;
import dev.lambdaharness.events.serialization.TypedPayloads;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/** An {@link EventPayload} held as its UTF-8 bytes. */
public final class JsonEventPayload implements EventPayload {

    /**
     * Reads decimals as written: a Kinesis {@code approximateArrivalTimestamp} of
     * {@code 1714564800.25} must not come back as {@code 1.71456480025E9} from a tree that is sent on.
     * The event fixtures read their files with it too, so that a fixture's tree and its payload agree.
     */
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    /** Maps get Jackson's usual value types ({@code Double} for decimals), as users of a {@code Map} expect. */
    private static final ObjectMapper MAP_READER = new ObjectMapper();

    private final byte[] bytes;

    private JsonEventPayload(byte[] bytes) {
        this.bytes = bytes;
    }

    /** @return the payload of a JSON document, kept byte for byte */
    public static JsonEventPayload parse(String json) {
        try {
            MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The event is not JSON: " + e.getOriginalMessage()
                    + ". Pass a JSON document (an object for most event sources).", e);
        }
        return new JsonEventPayload(json.getBytes(StandardCharsets.UTF_8));
    }

    /** @return the payload of a user's Jackson tree, written compactly */
    public static JsonEventPayload ofUserTree(com.fasterxml.jackson.databind.JsonNode tree) {
        return new JsonEventPayload(JacksonTrees.write(tree));
    }

    /** @return whether {@code value} is a tree of the user's Jackson, which the harness's reads only as JSON */
    public static boolean isUserTree(Object value) {
        return JacksonTrees.isTree(value);
    }

    /** @return the payload of a tree, written compactly */
    public static JsonEventPayload of(JsonNode tree) {
        try {
            return new JsonEventPayload(MAPPER.writeValueAsBytes(tree));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public byte[] asBytes() {
        return bytes.clone();
    }

    @Override
    public String asString() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Override
    public com.fasterxml.jackson.databind.JsonNode asJson() {
        return JacksonTrees.readExact(bytes);
    }

    /** @return a fresh tree of the payload in the harness's own Jackson */
    public JsonNode tree() {
        try {
            return MAPPER.readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Map<String, Object> asMap() {
        try {
            return MAP_READER.readValue(bytes, new TypeReference<Map<String, Object>>() { });
        } catch (IOException e) {
            throw new IllegalArgumentException("The event is not a JSON object, so it cannot be read as a Map: "
                    + abbreviated() + ". Read it with asJson() or asString() instead.", e);
        }
    }

    @Override
    public <T> T as(Class<T> type) {
        if (type == String.class) {
            return type.cast(asString());
        }
        if (type == byte[].class) {
            return type.cast(asBytes());
        }
        if (JacksonTrees.isTreeType(type)) {
            return type.cast(asJson());
        }
        if (type == Map.class) {
            return type.cast(asMap());
        }
        Optional<RuntimeSidePayloads> runtimeSide = RuntimeSide.PAYLOADS;
        if (runtimeSide.isEmpty()) {
            TypedReadingLibraries.require(type);
        }
        try {
            return runtimeSide.isPresent() ? runtimeSide.get().read(bytes, type) : TypedPayloads.read(bytes, type);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("The event cannot be read as " + type.getName() + ": " + abbreviated()
                    + " (" + e.getMessage() + "). Read it as the class its source delivers, or with asJson().", e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JsonEventPayload payload && Arrays.equals(bytes, payload.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return abbreviated();
    }

    private String abbreviated() {
        String text = asString();
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }

    /** The runtime's serialisers held apart from the test class path, where a module provides them; looked up once. */
    private static final class RuntimeSide {
        static final Optional<RuntimeSidePayloads> PAYLOADS =
                ServiceLoader.load(RuntimeSidePayloads.class, JsonEventPayload.class.getClassLoader()).findFirst();
    }
}
