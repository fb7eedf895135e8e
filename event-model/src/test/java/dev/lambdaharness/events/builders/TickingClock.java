package dev.lambdaharness.events.builders;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that moves on by a fixed step every time it is read, so tests see each read. */
final class TickingClock extends Clock {

    private Instant next;
    private final Duration step;

    TickingClock(Instant start, Duration step) {
        this.next = start;
        this.step = step;
    }

    @Override
    public synchronized Instant instant() {
        next = next.plus(step);
        return next;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("not needed by the tests");
    }
}
