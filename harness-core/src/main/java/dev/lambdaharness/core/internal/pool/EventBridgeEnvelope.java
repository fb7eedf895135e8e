package dev.lambdaharness.core.internal.pool;

import dev.lambdaharness.internal.jackson.databind.ObjectMapper;
import dev.lambdaharness.internal.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * The event an EventBridge destination receives: Lambda's invocation record as its {@code detail},
 * {@code source} {@code lambda}, and a {@code detail-type} saying success or failure, as AWS recorded it.
 *
 * <pre>{@code
 * String event = EventBridgeEnvelope.of(busArn, record, true, "arn:aws:lambda:us-east-1:123456789012:function:f:$LATEST", now);
 * }</pre>
 */
public final class EventBridgeEnvelope {

    /** The {@code detail-type} of a success record. */
    public static final String SUCCESS = "Lambda Function Invocation Result - Success";
    /** The {@code detail-type} of a failure record. */
    public static final String FAILURE = "Lambda Function Invocation Result - Failure";

    private static final ObjectMapper JSON = new ObjectMapper();

    private EventBridgeEnvelope() {
    }

    /**
     * The event for a record.
     *
     * @param busArn the destination's event bus
     * @param record the invocation record
     * @param failure whether the record reports a failure
     * @param functionArn the qualified ARN of the function
     * @param nowMillis the runtime's clock
     */
    public static String of(String busArn, String record, boolean failure, String functionArn, long nowMillis) {
        String[] arn = busArn.split(":", 6);
        ObjectNode event = JSON.createObjectNode();
        event.put("version", "0");
        event.put("id", UUID.randomUUID().toString());
        event.put("detail-type", failure ? FAILURE : SUCCESS);
        event.put("source", "lambda");
        event.put("account", arn.length > 4 ? arn[4] : "");
        event.put("time", Instant.ofEpochMilli(nowMillis).truncatedTo(ChronoUnit.SECONDS).toString());
        event.put("region", arn.length > 3 ? arn[3] : "");
        event.putArray("resources").add(busArn).add(functionArn);
        try {
            event.set("detail", JSON.readTree(record));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return event.toString();
    }
}
