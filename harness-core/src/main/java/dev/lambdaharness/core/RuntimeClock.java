package dev.lambdaharness.core;

/**
 * The time source of a {@link LambdaRuntime}: request deadlines, {@code getRemainingTimeInMillis()},
 * durations in REPORT lines and log timestamps read it. The system clock is the default; a test
 * can substitute its own to make time-based behaviour deterministic. Idle expiry of environments,
 * the scaling window of new environments and a {@link LoadTest}'s pacing run on it too; a
 * {@link #virtual() virtual clock} makes their hours take milliseconds.
 *
 * <pre>{@code
 * LambdaRuntime runtime = LambdaRuntime.builder().clock(RuntimeClock.system()).build();
 * VirtualClock clock = RuntimeClock.virtual();
 * LambdaRuntime moved = LambdaRuntime.builder().clock(clock).build();
 * clock.advance(Duration.ofHours(1));
 * }</pre>
 */
public interface RuntimeClock {

    /** Wall-clock time in milliseconds since the epoch, as {@code System.currentTimeMillis()}. */
    long currentTimeMillis();

    /** A monotonic reading in nanoseconds, as {@code System.nanoTime()}, for durations. */
    long nanoTime();

    /** The clock of the machine. */
    static RuntimeClock system() {
        return SystemClock.INSTANCE;
    }

    /** A clock a test moves ahead ({@link VirtualClock}), starting at the machine's current time. */
    static VirtualClock virtual() {
        return new VirtualClock(java.time.Instant.now());
    }

    /** A clock a test moves ahead ({@link VirtualClock}), starting at {@code start}. */
    static VirtualClock virtual(java.time.Instant start) {
        return new VirtualClock(java.util.Objects.requireNonNull(start, "start"));
    }

    /** The machine's clock. */
    enum SystemClock implements RuntimeClock {
        /** The only instance. */
        INSTANCE;

        @Override
        public long currentTimeMillis() {
            return System.currentTimeMillis();
        }

        @Override
        public long nanoTime() {
            return System.nanoTime();
        }
    }
}
