package dev.lambdaharness.events.builders;

import dev.lambdaharness.internal.jackson.databind.JsonNode;
import dev.lambdaharness.internal.jackson.databind.node.ObjectNode;
import dev.lambdaharness.events.internal.Checks;
import dev.lambdaharness.events.internal.Json;
import dev.lambdaharness.events.internal.Timestamps;
import dev.lambdaharness.events.internal.Wire;
import java.util.List;

/**
 * An EventBridge event as a rule delivers it to Lambda: the envelope ({@code version}, {@code id},
 * {@code detail-type}, {@code source}, {@code account}, {@code time} to the second,
 * {@code region}, {@code resources}) around the detail the application put on the bus.
 *
 * <p>aws-lambda-java-events reads it as {@code ScheduledEvent}, with {@code detail} as a
 * {@code Map}.
 *
 * <pre>{@code
 * EventPayload event = Events.eventBridge()
 *         .source("com.example.orders")
 *         .detailType("OrderPlaced")
 *         .detail(Map.of("orderId", "o-1", "total", 42))
 *         .build();
 * }</pre>
 */
public final class EventBridgeEventBuilder extends EventBuilder<EventBridgeEventBuilder> {

    private String source = "com.example.app";
    private String detailType = "AppEvent";
    private String detail = "{}";
    private List<String> resources = List.of();

    /** A builder of events from source {@code com.example.app}; {@link dev.lambdaharness.events.Events#eventBridge()} is the usual way in. */
    public EventBridgeEventBuilder() {
    }

    /**
     * @param source the event's {@code source}, such as {@code com.example.orders}
     * @return a builder for events from that source
     */
    public EventBridgeEventBuilder source(String source) {
        Checks.text("source", source);
        return with(b -> b.source = source);
    }

    /**
     * @param detailType the event's {@code detail-type}, such as {@code OrderPlaced}
     * @return a builder for events of that type
     */
    public EventBridgeEventBuilder detailType(String detailType) {
        Checks.text("detailType", detailType);
        return with(b -> b.detailType = detailType);
    }

    /**
     * @param detail the event's detail: a {@code Map}, a {@code JsonNode}, a bean, or a string of
     *     JSON; it must be a JSON object, as EventBridge requires
     * @return a builder with that detail (default {@code {}})
     */
    public EventBridgeEventBuilder detail(Object detail) {
        String text = Json.text(Checks.present("detail", detail));
        if (!Json.parse(text, "detail").isObject()) {
            throw new IllegalArgumentException("detail " + text + " is not a JSON object; EventBridge accepts only "
                    + "objects as detail. Wrap the value in an object, such as {\"value\": ...}.");
        }
        return with(b -> b.detail = text);
    }

    /**
     * @param arn an ARN of a resource the event concerns
     * @return a builder with that resource added to {@code resources}
     */
    public EventBridgeEventBuilder resource(String arn) {
        Checks.text("resource", arn);
        return with(b -> b.resources = append(b.resources, arn));
    }

    @Override
    Object content() {
        return List.of(source, detailType, detail, resources);
    }

    @Override
    JsonNode json(Wire wire) {
        return envelope(wire, detailType, source, resources, Json.parse(detail, "detail"));
    }

    static ObjectNode envelope(Wire wire, String detailType, String source, List<String> resources, JsonNode detail) {
        ObjectNode event = Json.object();
        event.put("version", "0");
        event.put("id", wire.ids().uuid());
        event.put("detail-type", detailType);
        event.put("source", source);
        event.put("account", wire.account());
        event.put("time", Timestamps.isoSeconds(wire.now()));
        event.put("region", wire.region());
        event.set("resources", Json.strings(resources));
        event.set("detail", detail);
        return event;
    }
}
