package dev.lambdaharness.core;

/**
 * The time source of a {@link LambdaRuntime}: request deadlines, {@code getRemainingTimeInMillis()},
 * durations in REPORT lines and log timestamps read it. The system clock is the default; a test
 * can substitute its own to make time-based behaviour deterministic.
 *
 * <pre>{@code
 * LambdaRuntime runtime = LambdaRuntime.builder().clock(RuntimeClock.system()).build();
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
