package dev.lambdaharness.events.builders;

import dev.lambdaharness.internal.jackson.databind.JsonNode;
import dev.lambdaharness.internal.jackson.databind.node.ArrayNode;
import dev.lambdaharness.internal.jackson.databind.node.ObjectNode;
import dev.lambdaharness.events.internal.Checks;
import dev.lambdaharness.events.internal.Encodings;
import dev.lambdaharness.events.internal.Ids;
import dev.lambdaharness.events.internal.Json;
import dev.lambdaharness.events.internal.Wire;
import java.math.BigInteger;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * A CloudWatch Logs subscription event: the log events given, wrapped as CloudWatch Logs wraps
 * them: a {@code DATA_MESSAGE} document (owner, log group, log stream, subscription filter, log
 * events with 56-digit ids and epoch-millisecond timestamps from the clock), gzip-compressed and
 * base64-encoded into {@code awslogs.data}.
 *
 * <p>Handlers decode it with {@code GZIPInputStream} over
 * {@code Base64.getDecoder().decode(event.getAwsLogs().getData())}.
 *
 * <pre>{@code
 * EventPayload logs = Events.cloudWatchLogs().logGroup("/aws/lambda/checkout")
 *         .logEvent("ERROR payment declined")
 *         .logEvents(3, i -> "INFO retry " + i)
 *         .build();
 * }</pre>
 */
public final class CloudWatchLogsEventBuilder extends EventBuilder<CloudWatchLogsEventBuilder> {

    /** Lambda names its log streams by day, version and a random id. */
    private static final DateTimeFormatter STREAM_DAY =
            DateTimeFormatter.ofPattern("uuuu/MM/dd", Locale.ROOT).withZone(ZoneOffset.UTC);

    private String logGroup = "/aws/lambda/my-function";
    private String logStream;
    private String filter = "my-subscription-filter";
    private List<String> messages = List.of();

    /** A builder for log group {@code /aws/lambda/my-function}; {@link dev.lambdaharness.events.Events#cloudWatchLogs()} is the usual way in. */
    public CloudWatchLogsEventBuilder() {
    }

    /**
     * @param name the log group's name
     * @return a builder for events from that group (default {@code /aws/lambda/my-function})
     */
    public CloudWatchLogsEventBuilder logGroup(String name) {
        Checks.text("logGroup", name);
        return with(b -> b.logGroup = name);
    }

    /**
     * @param name the log stream's name; by default one in Lambda's form,
     *     {@code 2024/05/01/[$LATEST]<32 hex digits>}
     * @return a builder for events from that stream
     */
    public CloudWatchLogsEventBuilder logStream(String name) {
        Checks.text("logStream", name);
        return with(b -> b.logStream = name);
    }

    /**
     * @param name the subscription filter's name
     * @return a builder naming that filter (default {@code my-subscription-filter})
     */
    public CloudWatchLogsEventBuilder subscriptionFilter(String name) {
        Checks.text("subscriptionFilter", name);
        return with(b -> b.filter = name);
    }

    /**
     * @param message the log event's message, as the application logged it
     * @return a builder with one more log event
     */
    public CloudWatchLogsEventBuilder logEvent(String message) {
        Checks.present("message", message);
        return with(b -> b.messages = append(b.messages, message));
    }

    /**
     * @param count how many log events to add
     * @param message the message of the log event at each index, from 0
     * @return a builder with {@code count} more log events
     */
    public CloudWatchLogsEventBuilder logEvents(int count, IntFunction<String> message) {
        Checks.count("count", count);
        List<String> more = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            more.add(Checks.present("message " + i, message.apply(i)));
        }
        return with(b -> b.messages = append(b.messages, more));
    }

    @Override
    Object content() {
        return List.of(logGroup, String.valueOf(logStream), filter, messages);
    }

    @Override
    JsonNode json(Wire wire) {
        if (messages.isEmpty()) {
            throw new IllegalStateException("The CloudWatch Logs event has no log event. "
                    + "Add one with logEvent(message) or logEvents(count, i -> message).");
        }
        Ids ids = wire.ids();
        ObjectNode data = Json.object();
        data.put("messageType", "DATA_MESSAGE");
        data.put("owner", wire.account());
        data.put("logGroup", logGroup);
        data.put("logStream", logStream != null ? logStream
                : STREAM_DAY.format(wire.now()) + "/[$LATEST]" + ids.hex(32));
        data.putArray("subscriptionFilters").add(filter);
        ArrayNode logEvents = data.putArray("logEvents");
        BigInteger id = ids.digits(56);
        for (String message : messages) {
            id = id.add(BigInteger.valueOf(ids.between(1, 1 << 20)));
            logEvents.addObject()
                    .put("id", id.toString())
                    .put("timestamp", wire.now().toEpochMilli())
                    .put("message", message);
        }
        ObjectNode event = Json.object();
        event.putObject("awslogs").put("data", Encodings.base64(Encodings.gzip(Encodings.utf8(data.toString()))));
        return event;
    }
}
