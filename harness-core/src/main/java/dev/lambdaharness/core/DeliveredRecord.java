package dev.lambdaharness.core;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaharness.events.json.JacksonTrees;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One message a destination or dead-letter target received: for a destination, the invocation
 * record Lambda sends ({@code version}, {@code timestamp}, {@code requestContext},
 * {@code requestPayload}, {@code responseContext}, {@code responsePayload}; wrapped in an event's
 * {@code detail} for EventBridge); for a dead-letter target, the original event with the
 * {@code RequestID}, {@code ErrorCode} and {@code ErrorMessage} attributes.
 *
 * <pre>{@code
 * DeliveredRecord record = runtime.destination(FAILURES).records().get(0);
 * record.bodyAsJson().at("/requestContext/condition").asText(); // "RetriesExhausted"
 * }</pre>
 *
 * @param body the message body
 * @param attributes the message attributes (a dead-letter message's), empty for destination records
 * @param deliveredAt when it arrived, on the runtime's clock
 */
public record DeliveredRecord(String body, Map<String, String> attributes, Instant deliveredAt) {

    /** Refuses a missing member and copies the attributes. */
    public DeliveredRecord {
        Objects.requireNonNull(body, "body");
        attributes = Map.copyOf(attributes);
        Objects.requireNonNull(deliveredAt, "deliveredAt");
    }

    /** The body parsed as JSON. */
    public JsonNode bodyAsJson() {
        return JacksonTrees.read(body.getBytes(StandardCharsets.UTF_8));
    }
}
