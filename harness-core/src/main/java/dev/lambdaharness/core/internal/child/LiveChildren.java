package dev.lambdaharness.core.internal.child;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Every live child JVM of this JVM, stopped by a shutdown hook if the JVM exits while
 * one still runs (a test that never closed its runtime, a Ctrl-C). A JVM killed outright cannot run
 * hooks; then the watcher its launching shell started kills the child
 * ({@link ChildCommandLine#shellCommand}).
 */
final class LiveChildren {

    private static final Map<Process, Duration> LIVE = new ConcurrentHashMap<>();
    private static volatile boolean hookInstalled;

    private LiveChildren() {
    }

    static void register(Process process, Duration stopGrace) {
        installHook();
        LIVE.put(process, stopGrace);
    }

    static void unregister(Process process) {
        LIVE.remove(process);
    }

    /** Kills a child and whatever it started. */
    static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    /** Asks a child to stop (SIGTERM) and kills it, and whatever it started, when it has not within {@code grace}. */
    static void stop(Process process, Duration grace) {
        if (!grace.isZero() && process.isAlive()) {
            process.destroy();
            try {
                process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        kill(process);
    }

    private static synchronized void installHook() {
        if (!hookInstalled) {
            Runtime.getRuntime().addShutdownHook(new Thread(LiveChildren::stopAll, "lambda-harness-child-reaper"));
            hookInstalled = true;
        }
    }

    /** Asks every child to stop at once, so that their grace periods overlap, then kills what is left. */
    private static void stopAll() {
        Duration longest = Duration.ZERO;
        for (Map.Entry<Process, Duration> child : LIVE.entrySet()) {
            if (!child.getValue().isZero()) {
                child.getKey().destroy();
                longest = child.getValue().compareTo(longest) > 0 ? child.getValue() : longest;
            }
        }
        long deadline = System.nanoTime() + longest.toNanos();
        for (Process process : LIVE.keySet()) {
            long remaining = deadline - System.nanoTime();
            if (remaining > 0) {
                try {
                    process.waitFor(remaining, TimeUnit.NANOSECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        LIVE.keySet().forEach(LiveChildren::kill);
    }
}
