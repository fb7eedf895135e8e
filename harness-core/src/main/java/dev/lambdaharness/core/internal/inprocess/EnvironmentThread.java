package dev.lambdaharness.core.internal.inprocess;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Callable;

/**
 * The one thread an in-process environment runs its function on, so that the caller can stop
 * waiting at the deadline: INIT and every invocation are handed to it in turn. A thread that ignores
 * interruption cannot be stopped on JDK 21 and later, so at a timeout it is interrupted and
 * abandoned with its environment.
 */
final class EnvironmentThread {

    private static final Runnable STOP = () -> { };

    private final BlockingQueue<Runnable> tasks = new LinkedBlockingQueue<>();
    private final Thread thread;

    EnvironmentThread(String name, ClassLoader contextLoader, InvocationLog log,
            com.amazonaws.services.lambda.runtime.LambdaLogger logger) {
        this.thread = new Thread(() -> loop(log, logger), name);
        thread.setDaemon(true);
        thread.setContextClassLoader(contextLoader);
        thread.start();
    }

    /** Runs the work on the environment's thread; the future completes with its result or failure. */
    <T> CompletableFuture<T> submit(Callable<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        tasks.add(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        return result;
    }

    /** Interrupts whatever the thread runs now; used at a timeout. */
    void interrupt() {
        thread.interrupt();
    }

    /** Lets the thread end once it is idle. */
    void stop() {
        tasks.add(STOP);
    }

    Thread thread() {
        return thread;
    }

    private void loop(InvocationLog log, com.amazonaws.services.lambda.runtime.LambdaLogger logger) {
        StandardStreams.bind(log);
        SharedRuntimeLogger.bind(logger);
        try {
            while (true) {
                Runnable task;
                try {
                    task = tasks.take();
                } catch (InterruptedException e) {
                    // An interrupt aimed at a finished invocation; the runtime clears it, so do we.
                    continue;
                }
                if (task == STOP) {
                    return;
                }
                task.run();
                // The runtime interface client clears the interrupt flag after each invocation.
                Thread.interrupted();
            }
        } finally {
            SharedRuntimeLogger.unbind();
            StandardStreams.unbind();
        }
    }
}
