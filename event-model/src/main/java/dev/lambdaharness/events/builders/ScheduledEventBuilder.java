package dev.lambdaharness.events.builders;

import dev.lambdaharness.internal.jackson.databind.JsonNode;
import dev.lambdaharness.events.internal.Checks;
import dev.lambdaharness.events.internal.Json;
import dev.lambdaharness.events.internal.Wire;
import java.util.List;

/**
 * The event an EventBridge schedule rule ({@code rate(...)} or {@code cron(...)}) sends:
 * {@code detail-type} {@code Scheduled Event}, {@code source} {@code aws.events}, the rule's ARN
 * in {@code resources}, an empty {@code detail}, and {@code time} from the clock, to the second.
 *
 * <pre>{@code
 * EventPayload tick = Events.scheduled().rule("nightly-cleanup")
 *         .clock(Clock.fixed(Instant.parse("2024-05-02T03:00:00Z"), ZoneOffset.UTC))
 *         .build();
 * }</pre>
 */
public final class ScheduledEventBuilder extends EventBuilder<ScheduledEventBuilder> {

    private String rule = "my-schedule";

    /** A builder for rule {@code my-schedule}; {@link dev.lambdaharness.events.Events#scheduled()} is the usual way in. */
    public ScheduledEventBuilder() {
    }

    /**
     * @param name the schedule rule's name
     * @return a builder for that rule (default {@code my-schedule})
     */
    public ScheduledEventBuilder rule(String name) {
        Checks.text("rule", name);
        return with(b -> b.rule = name);
    }

    @Override
    Object content() {
        return rule;
    }

    @Override
    JsonNode json(Wire wire) {
        return EventBridgeEventBuilder.envelope(wire, "Scheduled Event", "aws.events",
                List.of(wire.arn("events", "rule/" + rule)), Json.object());
    }
}
