package dev.lambdaharness.core.internal.inprocess;

import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * The one thread an in-process environment runs its function on, so that the caller can stop
 * waiting at the deadline: INIT and every invocation are handed to it in turn. A thread that ignores
 * interruption cannot be stopped on JDK 21 and later, so at a timeout it is interrupted and
 * abandoned with its environment.
 *
 * <p>Both sides of the hand-off spin briefly before they park: waking a parked thread on another
 * CPU costs tens of microseconds on a virtual machine, several times the work of a small warm
 * invocation (see BENCHMARKS.md), while a spinning thread sees the hand-off at once.
 */
final class EnvironmentThread {

    /** How long each side spins before parking; long enough to span the harness's work between invocations. */
    private static final long SPIN_NANOS = 100_000;

    private final AtomicReference<Handoff<?>> slot = new AtomicReference<>();
    private final Thread thread;
    private volatile boolean parked;
    private volatile boolean stopped;

    EnvironmentThread(String name, ClassLoader contextLoader, InvocationLog log, LambdaLogger logger) {
        this.thread = new Thread(() -> loop(log, logger), name);
        thread.setDaemon(true);
        thread.setContextClassLoader(contextLoader);
        thread.start();
    }

    /** Runs the work on the environment's thread; the hand-off completes with its result or failure. */
    <T> Handoff<T> submit(Callable<T> work) {
        Handoff<T> handoff = new Handoff<>(work);
        slot.set(handoff);
        if (parked) {
            LockSupport.unpark(thread);
        }
        return handoff;
    }

    /** Interrupts whatever the thread runs now; used at a timeout. */
    void interrupt() {
        thread.interrupt();
    }

    /** Lets the thread end once it is idle. */
    void stop() {
        stopped = true;
        LockSupport.unpark(thread);
    }

    Thread thread() {
        return thread;
    }

    private void loop(InvocationLog log, LambdaLogger logger) {
        StandardStreams.bind(log);
        SharedRuntimeLogger.bind(logger);
        try {
            while (!stopped) {
                Handoff<?> work = next();
                if (work != null) {
                    work.run();
                    // The runtime interface client clears the interrupt flag after each invocation.
                    Thread.interrupted();
                }
            }
        } finally {
            SharedRuntimeLogger.unbind();
            StandardStreams.unbind();
        }
    }

    private Handoff<?> next() {
        Handoff<?> work = slot.getAndSet(null);
        long spinUntil = System.nanoTime() + SPIN_NANOS;
        while (work == null && !stopped && System.nanoTime() < spinUntil) {
            pause();
            work = slot.getAndSet(null);
        }
        if (work != null || stopped) {
            return work;
        }
        parked = true;
        work = slot.getAndSet(null);
        if (work == null && !stopped) {
            LockSupport.park(this);
        }
        parked = false;
        // An interrupt aimed at a finished invocation wakes park; the runtime clears it, so do we.
        Thread.interrupted();
        return work != null ? work : slot.getAndSet(null);
    }

    /**
     * One step of a spin. Yielding, rather than only hinting, gives the CPU to the other side of the
     * hand-off when the machine has no spare one: there a pure spin would delay the very thread it
     * waits for.
     */
    private static void pause() {
        Thread.onSpinWait();
        Thread.yield();
    }

    /** One piece of work handed to the environment's thread, and its outcome. */
    static final class Handoff<T> {
        private final Callable<T> work;
        private volatile boolean done;
        private volatile Thread waiter;
        private T value;
        private Throwable failure;

        private Handoff(Callable<T> work) {
            this.work = work;
        }

        private void run() {
            try {
                value = work.call();
            } catch (Throwable t) {
                failure = t;
            }
            done = true;
            Thread waiting = waiter;
            if (waiting != null) {
                LockSupport.unpark(waiting);
            }
        }

        /**
         * Waits for the outcome up to the given time.
         *
         * @throws ExecutionException carrying what the work threw
         * @throws TimeoutException when the time passed first
         */
        T get(long timeoutMillis) throws ExecutionException, TimeoutException, InterruptedException {
            long now = System.nanoTime();
            long deadline = now + timeoutMillis * 1_000_000L;
            long spinUntil = now + Math.min(SPIN_NANOS, timeoutMillis * 1_000_000L);
            while (!done && System.nanoTime() < spinUntil) {
                pause();
            }
            if (!done) {
                waiter = Thread.currentThread();
                while (!done) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        throw new TimeoutException();
                    }
                    LockSupport.parkNanos(this, left);
                    if (Thread.interrupted()) {
                        throw new InterruptedException();
                    }
                }
            }
            if (failure != null) {
                throw new ExecutionException(failure);
            }
            return value;
        }
    }
}
