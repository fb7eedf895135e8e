package dev.lambdaharness.events.builders;

import dev.lambdaharness.internal.jackson.databind.JsonNode;
import dev.lambdaharness.events.EventPayload;
import dev.lambdaharness.events.internal.Checks;
import dev.lambdaharness.events.internal.Ids;
import dev.lambdaharness.events.internal.JsonEventPayload;
import dev.lambdaharness.events.internal.Wire;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * What every event builder shares: where the event comes from (region, account, partition), the
 * clock its timestamps read, and {@link #build()}.
 *
 * <p>Builders are immutable: every setting returns a new builder and leaves the one it was called
 * on as it was, so a configured builder can be kept in a field and varied per test.
 *
 * <p>Every ARN, region field, endpoint and id in the payload is derived from these settings. The
 * defaults are region {@code us-east-1}, account {@code 123456789012}, the region's partition, and a
 * clock fixed at {@link #DEFAULT_TIME}. Ids come from a generator seeded by the settings, the
 * clock's instant and the content, so with the default clock every build of the same builder gives
 * the same bytes; give a ticking clock ({@code Clock.systemUTC()}) when events need fresh ids and
 * times on every build.
 *
 * <pre>{@code
 * SqsEventBuilder orders = Events.sqs().queue("orders").region("eu-west-1").account("210987654321");
 * EventPayload first = orders.message("{\"id\":1}").build();
 * EventPayload fresh = orders.message("{\"id\":2}").clock(Clock.systemUTC()).build();
 * }</pre>
 *
 * @param <SELF> the concrete builder, which every setting returns
 */
public abstract class EventBuilder<SELF extends EventBuilder<SELF>> implements Cloneable {

    /** The instant the default clock is fixed at. */
    public static final Instant DEFAULT_TIME = Instant.parse("2024-05-01T12:00:00.250Z");

    private String region = "us-east-1";
    private String account = "123456789012";
    private String partition;
    private Clock clock = Clock.fixed(DEFAULT_TIME, ZoneOffset.UTC);

    EventBuilder() {
    }

    /**
     * @param region the AWS region the event comes from, such as {@code eu-west-1}; also decides the
     *     partition unless {@link #partition(String)} is given
     * @return a builder for an event from that region
     */
    public final SELF region(String region) {
        Checks.region(region);
        return with(b -> ((EventBuilder<SELF>) b).region = region);
    }

    /**
     * @param account the twelve-digit AWS account the source belongs to
     * @return a builder for an event from that account
     */
    public final SELF account(String account) {
        Checks.account(account);
        return with(b -> ((EventBuilder<SELF>) b).account = account);
    }

    /**
     * @param partition the ARN partition, such as {@code aws-cn}; by default the region's own
     * @return a builder whose ARNs use that partition
     */
    public final SELF partition(String partition) {
        Checks.partition(partition);
        return with(b -> ((EventBuilder<SELF>) b).partition = partition);
    }

    /**
     * @param clock what timestamps read, once per record (so a ticking clock spreads a batch over
     *     time); the default is fixed at {@link #DEFAULT_TIME} so payloads are reproducible
     * @return a builder whose timestamps and ids come from that clock
     */
    public final SELF clock(Clock clock) {
        Checks.present("clock", clock);
        return with(b -> ((EventBuilder<SELF>) b).clock = clock);
    }

    /**
     * @return the event as the source would deliver it to a function
     * @throws IllegalStateException naming the missing setting when the event cannot be built
     */
    public final EventPayload build() {
        Instant seedTime = clock.instant();
        Ids ids = Ids.seededBy(getClass().getSimpleName(), region, account, partition, seedTime, content());
        return JsonEventPayload.of(json(new Wire(region, account, partition, clock, ids)));
    }

    /** @return the user's content, whose string form seeds the ids (so different events get different ids) */
    abstract Object content();

    /** @return the event's JSON tree */
    abstract JsonNode json(Wire wire);

    /**
     * Every field holds an immutable value (strings, immutable lists and maps, clocks), so a
     * shallow copy is a complete one; settings change only the copy they return.
     */
    final SELF with(Consumer<SELF> change) {
        SELF copy = copy();
        change.accept(copy);
        return copy;
    }

    @SuppressWarnings("unchecked")
    private SELF copy() {
        try {
            return (SELF) super.clone();
        } catch (CloneNotSupportedException e) {
            throw new AssertionError("EventBuilder is Cloneable", e);
        }
    }

    static <T> List<T> append(List<T> list, T item) {
        List<T> more = new ArrayList<>(list);
        more.add(item);
        return List.copyOf(more);
    }

    static <T> List<T> append(List<T> list, List<T> items) {
        List<T> more = new ArrayList<>(list);
        more.addAll(items);
        return List.copyOf(more);
    }
}
