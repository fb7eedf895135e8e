package dev.lambdaharness.events;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaharness.events.internal.JsonEventPayload;
import java.util.Map;

/**
 * An event as Lambda would deliver it: JSON bytes that can be read as a string, a Jackson tree, a
 * {@code Map}, or one of the aws-lambda-java-events classes.
 *
 * <p>Typed reading goes through aws-lambda-java-serialization, choosing the serialiser as the
 * Lambda Java runtime chooses it for the class, so a handler test sees the object its handler
 * would receive (for example {@code SQSEvent.getRecords()} filled from the {@code Records} key,
 * which a plain {@code ObjectMapper} leaves empty).
 *
 * <pre>{@code
 * EventPayload payload = EventPayload.of("{\"Records\":[]}");
 * SQSEvent event = payload.as(SQSEvent.class);
 * JsonNode tree = payload.asJson();
 * }</pre>
 *
 * <p>Payloads are immutable: every view is a fresh copy.
 */
public interface EventPayload {

    /** @return the payload's bytes, UTF-8 JSON */
    byte[] asBytes();

    /** @return the payload as a string */
    String asString();

    /** @return a fresh, mutable Jackson tree of the payload */
    JsonNode asJson();

    /** @return a fresh, mutable map of the payload's top-level object */
    Map<String, Object> asMap();

    /**
     * Reads the payload into {@code type} as the Lambda Java runtime would: {@code String},
     * {@code byte[]}, {@code JsonNode} and {@code Map} as above; any other class through
     * aws-lambda-java-serialization (its event serialiser for the aws-lambda-java-events classes it
     * knows, its Jackson settings for other classes).
     *
     * @param type the class to read into
     * @param <T> the type
     * @return a new object
     * @throws IllegalArgumentException naming the type and the fix when the payload does not fit it
     */
    <T> T as(Class<T> type);

    /**
     * @param json a JSON document
     * @return the payload of that document, byte for byte
     * @throws IllegalArgumentException when {@code json} is not JSON
     */
    static EventPayload of(String json) {
        return JsonEventPayload.parse(json);
    }

    /**
     * Not an overload of {@link #of(String)}, which would make every {@code of} call need Jackson to compile.
     *
     * @param tree a Jackson tree of the project's own Jackson, copied
     * @return the payload of that tree
     */
    static EventPayload ofJson(JsonNode tree) {
        return JsonEventPayload.ofUserTree(tree);
    }
}
