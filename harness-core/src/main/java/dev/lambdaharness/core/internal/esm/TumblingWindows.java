package dev.lambdaharness.core.internal.esm;

import dev.lambdaharness.internal.jackson.databind.JsonNode;
import dev.lambdaharness.internal.jackson.databind.ObjectMapper;
import dev.lambdaharness.internal.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The tumbling windows of a stream mapping ({@code TumblingWindowInSeconds}): the window a record
 * belongs to by its arrival, the members Lambda adds to a windowed event beside {@code Records}
 * ({@code window}, {@code state}, {@code shardId}, {@code eventSourceARN},
 * {@code isFinalInvokeForWindow}, {@code isWindowTerminatedEarly}, in the order of the
 * {@code kinesis/time-window} and {@code dynamodb/time-window} fixtures), and the {@code state} a
 * response must carry.
 *
 * <pre>{@code
 * TumblingWindows windows = new TumblingWindows(Duration.ofMinutes(5));
 * long start = windows.start(arrivalMillis); // 09:20:00 for a record that arrived at 09:22:05
 * }</pre>
 */
public final class TumblingWindows {

    /**
     * Where windows are counted from: the Unix epoch, so a window starts at a whole multiple of its
     * length (a 5-minute window at :00, :05, …), as AWS's example events show (a 2-minute window from
     * 07:04:00 to 07:06:00). UNCONFIRMED: AWS documents no alignment (see docs/fidelity.md).
     */
    public static final Instant ALIGNMENT_ORIGIN = Instant.EPOCH;
    /** The largest state Lambda carries per shard: 1 MB, taken as 2^20 bytes of JSON. */
    public static final int MAX_STATE_BYTES = 1_048_576;
    /**
     * How long after a window's end its final invocation goes, on the clock. UNCONFIRMED: AWS says
     * only "at the end of the window" (see docs/fidelity.md).
     */
    public static final Duration FINAL_INVOKE_DELAY = Duration.ZERO;
    /**
     * Whether the invocation that ends a window early (its state over {@link #MAX_STATE_BYTES}) also
     * says {@code isFinalInvokeForWindow}. UNCONFIRMED (see docs/fidelity.md).
     */
    public static final boolean EARLY_END_IS_FINAL = true;
    /**
     * Whether the state of a partial batch response is carried into the retry of the records from
     * the lowest reported one; the records before it, checkpointed, are in that state. UNCONFIRMED
     * (see docs/fidelity.md).
     */
    public static final boolean PARTIAL_RESPONSE_KEEPS_STATE = true;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final long lengthMillis;

    public TumblingWindows(Duration length) {
        this.lengthMillis = length.toMillis();
    }

    /** The start of the window that holds a record which arrived then. */
    public long start(long arrivalMillis) {
        long origin = ALIGNMENT_ORIGIN.toEpochMilli();
        return origin + Math.floorDiv(arrivalMillis - origin, lengthMillis) * lengthMillis;
    }

    /** The end of the window that starts then (the next one's start). */
    public long end(long startMillis) {
        return startMillis + lengthMillis;
    }

    /** When the final invocation of the window that starts then may go. */
    public long finalInvokeDue(long startMillis) {
        return end(startMillis) + FINAL_INVOKE_DELAY.toMillis();
    }

    /** The members of a windowed event after {@code Records}. */
    public ObjectNode members(long startMillis, JsonNode state, String shardId, String eventSourceArn,
            boolean finalInvoke, boolean terminatedEarly) {
        ObjectNode members = JSON.createObjectNode();
        ObjectNode window = members.putObject("window");
        window.put("start", Instant.ofEpochMilli(startMillis).toString());
        window.put("end", Instant.ofEpochMilli(end(startMillis)).toString());
        members.set("state", state == null ? JSON.createObjectNode() : state);
        members.put("shardId", shardId);
        members.put("eventSourceARN", eventSourceArn);
        members.put("isFinalInvokeForWindow", finalInvoke);
        members.put("isWindowTerminatedEarly", terminatedEarly);
        return members;
    }

    /**
     * The {@code state} of a response, or empty when it has none and the invocation counts as
     * failed: no response, one that is not a JSON object, or one whose {@code state} is missing, null
     * or not an object ({@code TimeWindowEventResponse} holds a map).
     */
    public static Optional<ObjectNode> state(byte[] payload) {
        try {
            JsonNode response = payload.length == 0 ? null : JSON.readTree(payload);
            return response != null && response.get("state") instanceof ObjectNode state ? Optional.of(state)
                    : Optional.empty();
        } catch (IOException notJson) {
            return Optional.empty();
        }
    }

    /** Whether a state is over what Lambda carries, which ends its window early. */
    public static boolean tooLarge(JsonNode state) {
        return state.toString().getBytes(StandardCharsets.UTF_8).length > MAX_STATE_BYTES;
    }
}
