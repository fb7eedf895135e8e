package dev.lambdaharness.core.internal.clock;

import java.util.OptionalLong;
import java.util.PriorityQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Tasks due at instants of a runtime's clock (epoch milliseconds as the clock reads them): idle
 * environments to reclaim, and later retries and batching windows. Due tasks run in the order they
 * fall due, when {@link #runDue()} is called: by the clock's own thread as time passes, and by a
 * virtual clock each time a test moves it, so that after {@code advance} returns everything that
 * fell due has happened.
 *
 * <pre>{@code
 * TimerQueue timers = new TimerQueue(clock::currentTimeMillis, "lambda-harness-clock");
 * TimerQueue.Timer expiry = timers.at(clock.currentTimeMillis() + 360_000, environment::close);
 * expiry.cancel(); // reused before it expired
 * }</pre>
 */
public final class TimerQueue implements AutoCloseable {

    /** How long the thread waits with nothing scheduled before it ends. */
    private static final long IDLE_THREAD_NANOS = 2_000_000_000L;

    private final LongSupplier now;
    private final String threadName;
    private final PriorityQueue<Timer> queue = new PriorityQueue<>();
    private final AtomicLong sequence = new AtomicLong();
    /** Serialises running tasks, so two threads never run due tasks at once or out of order. */
    private final Object running = new Object();
    private Thread thread;
    private boolean closed;

    /**
     * A queue on a clock.
     *
     * @param now the clock's reading in epoch milliseconds
     * @param threadName the name of the daemon thread that runs tasks as real time passes
     */
    public TimerQueue(LongSupplier now, String threadName) {
        this.now = now;
        this.threadName = threadName;
    }

    /** Schedules a task at an instant of the clock; it runs once, unless cancelled first. */
    public synchronized Timer at(long dueMillis, Runnable task) {
        Timer timer = new Timer(this, dueMillis, sequence.incrementAndGet(), task);
        if (closed) {
            timer.cancelled = true;
            return timer;
        }
        queue.add(timer);
        if (thread == null) {
            thread = new Thread(this::loop, threadName);
            thread.setDaemon(true);
            thread.start();
        } else if (queue.peek() == timer) {
            // Only a timer due before all others changes how long the thread waits: no wake-up per idle environment.
            notifyAll();
        }
        return timer;
    }

    /** When the earliest task falls due, if any is scheduled. */
    public synchronized OptionalLong nextDue() {
        Timer first = queue.peek();
        return first == null ? OptionalLong.empty() : OptionalLong.of(first.dueMillis);
    }

    /** Runs every task due by now, earliest first. */
    public void runDue() {
        synchronized (running) {
            for (Timer timer = pollDue(); timer != null; timer = pollDue()) {
                timer.task.run();
            }
        }
    }

    /** Wakes the thread that waits for the next task, after the clock moved. */
    public synchronized void clockMoved() {
        notifyAll();
    }

    /** Drops every task and stops the thread; tasks scheduled later never run. */
    @Override
    public synchronized void close() {
        closed = true;
        queue.forEach(timer -> timer.cancelled = true);
        queue.clear();
        notifyAll();
    }

    private synchronized Timer pollDue() {
        Timer first = queue.peek();
        if (first != null && first.dueMillis <= now.getAsLong()) {
            return queue.poll();
        }
        return null;
    }

    private synchronized void remove(Timer timer) {
        queue.remove(timer);
    }

    private void loop() {
        long idleSince = 0;
        while (true) {
            synchronized (this) {
                if (closed) {
                    thread = null;
                    return;
                }
                Timer first = queue.peek();
                if (first == null) {
                    // Nothing scheduled for a while: the thread ends, and the next task starts another, so that
                    // a clock no runtime uses any more (one per test, say) holds no thread.
                    long idleNow = System.nanoTime();
                    if (idleSince != 0 && idleNow - idleSince >= IDLE_THREAD_NANOS) {
                        thread = null;
                        return;
                    }
                    idleSince = idleSince == 0 ? idleNow : idleSince;
                    try {
                        wait(IDLE_THREAD_NANOS / 1_000_000);
                    } catch (InterruptedException e) {
                        thread = null;
                        return;
                    }
                    continue;
                }
                idleSince = 0;
                long wait = first.dueMillis - now.getAsLong();
                if (wait > 0) {
                    try {
                        // A clock that does not move with real time is woken by clockMoved(); re-read at least each second.
                        wait(Math.min(wait, 1000));
                    } catch (InterruptedException e) {
                        thread = null;
                        return;
                    }
                    continue;
                }
            }
            try {
                runDue();
            } catch (RuntimeException e) {
                System.getLogger("dev.lambdaharness").log(System.Logger.Level.WARNING, "A timed task of the runtime failed", e);
            }
        }
    }

    /** One scheduled task. */
    public static final class Timer implements Comparable<Timer> {
        private final TimerQueue owner;
        private final long dueMillis;
        private final long order;
        private final Runnable task;
        private volatile boolean cancelled;

        private Timer(TimerQueue owner, long dueMillis, long order, Runnable task) {
            this.owner = owner;
            this.dueMillis = dueMillis;
            this.order = order;
            this.task = () -> {
                if (!cancelled) {
                    task.run();
                }
            };
        }

        /** When the task falls due, in epoch milliseconds of the clock. */
        public long dueMillis() {
            return dueMillis;
        }

        /** Keeps the task from running, if it has not run yet. */
        public void cancel() {
            cancelled = true;
            owner.remove(this);
        }

        @Override
        public int compareTo(Timer other) {
            int byTime = Long.compare(dueMillis, other.dueMillis);
            return byTime != 0 ? byTime : Long.compare(order, other.order);
        }
    }
}
