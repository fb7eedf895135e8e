package dev.lambdaharness.core.internal.esm;

import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.core.internal.clock.TimerQueue;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * A poller that runs one batch at a time and whose batching window starts at the first record
 * waiting, not when the previous invocation ended: Lambda's pollers of Kafka topics and Amazon MQ
 * queues. Its timer wakes it when a window ends, a retry is due or a message becomes deliverable.
 */
abstract class SingleBatchPoller extends PollerBase {

    protected final LongSupplier clock;
    private final TimerQueue timers;
    private final Executor executor;
    private final Duration window;
    /** A batch runs, or waits for its retry. */
    private boolean busy;
    private TimerQueue.Timer timer;

    SingleBatchPoller(Function<byte[], InvocationResult> invoker, Duration window, LongSupplier clock,
            TimerQueue timers, Executor executor, boolean enabled) {
        super(invoker, enabled);
        this.window = window;
        this.clock = clock;
        this.timers = timers;
        this.executor = executor;
    }

    /** The next batch's invocation, when one may go now; null otherwise (after {@link #wakeAt} when one will later). Called holding the lock. */
    protected abstract Runnable next();

    /** Whether records wait, or a batch runs or waits for its retry. Called holding the lock. */
    protected abstract boolean hasWork();

    @Override
    public int concurrency() {
        return 1;
    }

    @Override
    public synchronized boolean idle() {
        if (closed || !enabled) {
            return noBatchRunning();
        }
        return !busy && !hasWork();
    }

    @Override
    public synchronized boolean noBatchRunning() {
        return !busy || timer != null;
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (timer != null) {
            timer.cancel();
        }
    }

    @Override
    public void pump() {
        Runnable start;
        synchronized (this) {
            if (closed || !enabled || busy) {
                return;
            }
            start = next();
            if (start == null) {
                return;
            }
            busy = true;
            if (timer != null) {
                // A window's timer left from before would make the running batch look like a wait.
                timer.cancel();
                timer = null;
            }
        }
        executor.execute(start);
    }

    /**
     * Whether a batch whose first record waits since {@code firstMillis} may go now: when it is full
     * or the window from that record has ended; otherwise the poller wakes when it ends.
     */
    protected boolean windowEnded(long firstMillis, boolean full) {
        long due = firstMillis + window.toMillis();
        if (full || clock.getAsLong() >= due) {
            return true;
        }
        wakeAt(due);
        return false;
    }

    /** Wakes the poller at a time on the clock (the earliest asked for wins). Called holding the lock. */
    protected void wakeAt(long dueMillis) {
        if (timer != null && timer.dueMillis() <= dueMillis) {
            return;
        }
        if (timer != null) {
            timer.cancel();
        }
        timer = timers.at(dueMillis, () -> {
            synchronized (this) {
                timer = null;
            }
            pump();
        });
    }

    /** Ends the running batch: the next may start. */
    protected void finished() {
        synchronized (this) {
            busy = false;
        }
        pump();
    }

    /** Keeps the poller busy with the batch until its retry is due. */
    protected void retryAfter(Duration delay) {
        synchronized (this) {
            if (closed) {
                return;
            }
            timer = timers.at(clock.getAsLong() + delay.toMillis(), () -> {
                synchronized (this) {
                    timer = null;
                    busy = false;
                }
                pump();
            });
        }
    }
}
