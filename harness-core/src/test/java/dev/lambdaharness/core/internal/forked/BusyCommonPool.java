package dev.lambdaharness.core.internal.forked;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;

/**
 * Holds every worker of the common ForkJoinPool in {@code Object.wait} (which the pool does not
 * compensate for) until closed, as callers that invoke functions from
 * {@code CompletableFuture.supplyAsync} do on a small machine. Nothing the harness needs to see a
 * child's exit may depend on that pool.
 */
final class BusyCommonPool implements AutoCloseable {

    private static final long HOLD_LIMIT_MS = TimeUnit.SECONDS.toMillis(120);

    private final Object monitor = new Object();
    private final int workers = ForkJoinPool.getCommonPoolParallelism();
    private int waiting;
    private boolean released;

    BusyCommonPool() {
        for (int i = 0; i < workers; i++) {
            ForkJoinPool.commonPool().execute(this::hold);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        synchronized (monitor) {
            while (waiting < workers) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    throw new IllegalStateException("Only " + waiting + " of " + workers + " common-pool workers started");
                }
                waitOn(left);
            }
        }
    }

    private void hold() {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(HOLD_LIMIT_MS);
        synchronized (monitor) {
            waiting++;
            monitor.notifyAll();
            while (!released) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    return; // a test that forgot to close must not starve the pool forever
                }
                waitOn(left);
            }
        }
    }

    private void waitOn(long millis) {
        try {
            monitor.wait(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        synchronized (monitor) {
            released = true;
            monitor.notifyAll();
        }
    }
}
