package dev.lambdaharness.core.internal.concurrency;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Lambda's scaling rate for one function: at most 1,000 new execution environments in any 10
 * seconds of the runtime's clock. A burst of new environments beyond it is throttled; what used to
 * be called burst concurrency follows from it.
 *
 * <pre>{@code
 * ScalingWindow window = new ScalingWindow();
 * if (!window.tryStart(clock.currentTimeMillis())) {
 *     // throttle: ScalingWindow.THROTTLE_REASON
 * }
 * }</pre>
 */
public final class ScalingWindow {

    /** New environments a function may start per window. */
    public static final int ENVIRONMENTS_PER_WINDOW = 1000;
    /** The window, in milliseconds. */
    public static final long WINDOW_MILLIS = 10_000;

    private final Deque<Long> starts = new ArrayDeque<>();

    /** Counts a new environment at {@code nowMillis}, unless the window is full. */
    public synchronized boolean tryStart(long nowMillis) {
        while (!starts.isEmpty() && starts.peekFirst() <= nowMillis - WINDOW_MILLIS) {
            starts.pollFirst();
        }
        if (starts.size() >= ENVIRONMENTS_PER_WINDOW) {
            return false;
        }
        starts.addLast(nowMillis);
        return true;
    }

    /** When the window has room again: the moment the oldest start in it leaves it. */
    public synchronized long roomAtMillis() {
        return starts.isEmpty() ? 0 : starts.peekFirst() + WINDOW_MILLIS;
    }
}
