package dev.lambdaharness.core.internal.pool;

import java.util.concurrent.TimeUnit;

/**
 * How many asynchronous attempts of a runtime are queued or running, with a wait for the moment
 * none is: what {@code settleAsync} needs to move a virtual clock as soon as a round of attempts
 * ends, instead of polling for it.
 */
public final class AsyncActivity {

    private int active;

    /** An attempt was queued. */
    synchronized void started() {
        active++;
    }

    /** An attempt ended; the last one wakes whoever waits. */
    synchronized void ended() {
        if (--active == 0) {
            notifyAll();
        }
    }

    /** Whether no attempt is queued or running. */
    public synchronized boolean idle() {
        return active == 0;
    }

    /**
     * Waits until no attempt is queued or running, or the deadline passes.
     *
     * @param deadlineNanos a {@link System#nanoTime()} value
     * @return whether it is idle
     */
    public synchronized boolean awaitIdle(long deadlineNanos) throws InterruptedException {
        while (active != 0) {
            long left = deadlineNanos - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }
}
