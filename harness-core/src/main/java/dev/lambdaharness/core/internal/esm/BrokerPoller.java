package dev.lambdaharness.core.internal.esm;

import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.core.internal.clock.TimerQueue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;

/**
 * A poller of a broker, Lambda's pollers of Kafka topics and Amazon MQ queues: it runs up to its
 * concurrency of batches at once, and its batching window starts at the first record waiting, not
 * when the previous invocation ended. A batch waiting for its retry keeps its place in the
 * concurrency. Its timers wake it when a window ends, a retry is due or a message becomes deliverable.
 */
abstract class BrokerPoller extends PollerBase {

    protected final LongSupplier clock;
    private final TimerQueue timers;
    private final Executor executor;
    private final Duration window;
    private final IntSupplier functionConcurrency;
    /** Batches running or waiting for their retry: each holds a place of the concurrency. */
    private int taken;
    /** The timers of the batches waiting for their retry. */
    private final Set<TimerQueue.Timer> retries = new HashSet<>();
    private TimerQueue.Timer timer;

    /**
     * @param functionConcurrency the function's reserved concurrency, or {@code Integer.MAX_VALUE} without one
     */
    BrokerPoller(Function<byte[], InvocationResult> invoker, Duration window, IntSupplier functionConcurrency,
            LongSupplier clock, TimerQueue timers, Executor executor, boolean enabled) {
        super(invoker, enabled);
        this.window = window;
        this.functionConcurrency = functionConcurrency;
        this.clock = clock;
        this.timers = timers;
        this.executor = executor;
    }

    /** The batches the source allows at once, before the function's concurrency caps them. */
    protected abstract int sourceConcurrency();

    /** The next batch's invocation, when one may go now; null otherwise (after {@link #wakeAt} when one will later). Called holding the lock. */
    protected abstract Runnable next();

    /** Whether records wait, or a batch runs or waits for its retry. Called holding the lock. */
    protected abstract boolean hasWork();

    /** The batches it may run at once: the source's number, capped by the function's reserved concurrency. */
    @Override
    public synchronized int concurrency() {
        return Math.min(sourceConcurrency(), Math.max(1, functionConcurrency.getAsInt()));
    }

    @Override
    public synchronized boolean idle() {
        if (closed || !enabled) {
            return noBatchRunning();
        }
        return taken == 0 && !hasWork();
    }

    @Override
    public synchronized boolean noBatchRunning() {
        return taken == retries.size();
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (timer != null) {
            timer.cancel();
        }
        retries.forEach(TimerQueue.Timer::cancel);
    }

    @Override
    public void pump() {
        List<Runnable> starts;
        synchronized (this) {
            starts = take();
        }
        starts.forEach(executor::execute);
    }

    /**
     * Takes the places of the batches that may start now, holding the lock, so that no moment
     * between one batch's end and the next one's start looks like a poller with nothing running.
     */
    private List<Runnable> take() {
        List<Runnable> starts = new ArrayList<>();
        if (closed || !enabled) {
            return starts;
        }
        while (taken < concurrency()) {
            Runnable start = next();
            if (start == null) {
                break;
            }
            taken++;
            starts.add(start);
        }
        return starts;
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

    /** Ends a running batch: its place goes to the next. */
    protected void finished() {
        List<Runnable> starts;
        synchronized (this) {
            taken--;
            starts = take();
        }
        starts.forEach(executor::execute);
    }

    /**
     * Keeps a batch's place until its retry is due; then runs {@code due} holding the lock (to make
     * the batch ready again) and frees the place for it.
     */
    protected void retryAfter(Duration delay, Runnable due) {
        synchronized (this) {
            if (closed) {
                return;
            }
            TimerQueue.Timer[] retry = new TimerQueue.Timer[1];
            retry[0] = timers.at(clock.getAsLong() + delay.toMillis(), () -> {
                List<Runnable> starts;
                synchronized (this) {
                    retries.remove(retry[0]);
                    taken--;
                    due.run();
                    starts = take();
                }
                starts.forEach(executor::execute);
            });
            retries.add(retry[0]);
        }
    }
}
