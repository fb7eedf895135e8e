package dev.lambdaharness.core;

import dev.lambdaharness.core.internal.clock.TimerQueue;
import dev.lambdaharness.core.internal.pool.FunctionDeployment;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A clock a test moves: it runs at the machine's pace from its start, and {@link #advance(Duration)}
 * moves it ahead at once, running everything that falls due on the way (idle environments
 * reclaimed, and the like) before it returns. Hours of the runtime's time take milliseconds.
 *
 * <p>What reads it: log timestamps, log stream dates, trace ids, idle expiry, the scaling window of
 * new environments, and the pacing of a {@link LoadTest}. What does not: invocation timeouts and
 * REPORT durations, which stay on real time (a handler runs as long as it runs), so
 * {@link #nanoTime()} is the machine's. When the harness itself waits for a moment of this clock
 * (a load test's next send) while no invocation runs, the clock moves there at once instead.
 *
 * <pre>{@code
 * VirtualClock clock = RuntimeClock.virtual();
 * try (LambdaRuntime runtime = LambdaRuntime.builder().clock(clock).build()) {
 *     LambdaFunction function = runtime.function(config, code);
 *     function.invoke("{}");                                   // cold
 *     clock.advance(LambdaRuntime.DEFAULT_IDLE_TIMEOUT);       // the idle environment is reclaimed
 *     function.invoke("{}");                                   // cold again
 * }
 * }</pre>
 */
public final class VirtualClock implements RuntimeClock {

    private final long startMillis;
    private final long startNanos = System.nanoTime();
    private volatile long advancedMillis;
    private final TimerQueue timers;
    /** Invocations running on runtimes of this clock: while any runs, the clock does not move by itself. */
    private final AtomicInteger running = new AtomicInteger();

    VirtualClock(Instant start) {
        this.startMillis = start.toEpochMilli();
        this.timers = new TimerQueue(this::currentTimeMillis, "lambda-harness-virtual-clock");
    }

    @Override
    public long currentTimeMillis() {
        return startMillis + (System.nanoTime() - startNanos) / 1_000_000 + advancedMillis;
    }

    /** The machine's monotonic reading: durations are real time, whatever this clock was moved by. */
    @Override
    public long nanoTime() {
        return System.nanoTime();
    }

    /** The clock's current instant. */
    public Instant instant() {
        return Instant.ofEpochMilli(currentTimeMillis());
    }

    /** How far the clock was moved ahead of real time in all. */
    public Duration advanced() {
        return Duration.ofMillis(advancedMillis);
    }

    /**
     * Moves the clock ahead and runs what falls due on the way, earliest first.
     *
     * @throws IllegalArgumentException when the duration is negative: a clock never goes back
     */
    public VirtualClock advance(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative()) {
            throw new IllegalArgumentException("Cannot advance the clock by " + duration + ": a clock never goes back."
                    + " Pass a positive duration, for example Duration.ofMinutes(10).");
        }
        synchronized (this) {
            advancedMillis += duration.toMillis();
        }
        timers.clockMoved();
        timers.runDue();
        return this;
    }

    /** Moves the clock ahead to an instant (nothing happens when it is already past it). */
    public VirtualClock advanceTo(Instant instant) {
        long ahead = instant.toEpochMilli() - currentTimeMillis();
        return advance(Duration.ofMillis(Math.max(0, ahead)));
    }

    /**
     * Moves the clock to the next moment something of its runtimes falls due and runs it.
     *
     * @return false when nothing is scheduled, and the clock stays where it was
     */
    public boolean advanceToNextEvent() {
        OptionalLong next = timers.nextDue();
        if (next.isEmpty()) {
            return false;
        }
        advanceTo(Instant.ofEpochMilli(next.getAsLong()));
        return true;
    }

    /** When the next scheduled event of this clock's runtimes falls due, if any is. */
    public Optional<Instant> nextEvent() {
        OptionalLong next = timers.nextDue();
        return next.isEmpty() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(next.getAsLong()));
    }

    @Override
    public String toString() {
        return "VirtualClock[" + instant() + ", advanced " + advanced() + "]";
    }

    TimerQueue timers() {
        return timers;
    }

    FunctionDeployment.Activity activity() {
        return new FunctionDeployment.Activity() {
            @Override
            public void started() {
                invocationStarted();
            }

            @Override
            public void ended() {
                invocationEnded();
            }
        };
    }

    void invocationStarted() {
        running.incrementAndGet();
    }

    synchronized void invocationEnded() {
        running.decrementAndGet();
        notifyAll();
    }

    /**
     * Waits until the clock reads {@code dueMillis}: at once, moving the clock there, when no
     * invocation runs; else as time passes, or until the last invocation ends.
     */
    void sleepUntil(long dueMillis) throws InterruptedException {
        while (true) {
            long left = dueMillis - currentTimeMillis();
            if (left <= 0) {
                return;
            }
            synchronized (this) {
                if (running.get() == 0) {
                    advancedMillis += left;
                    break;
                }
                wait(Math.max(1, left));
            }
        }
        timers.clockMoved();
        timers.runDue();
    }
}
