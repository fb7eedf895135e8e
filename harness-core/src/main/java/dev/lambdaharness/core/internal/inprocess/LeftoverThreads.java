package dev.lambdaharness.core.internal.inprocess;

/**
 * Threads a function started and left running when its environment closes. On Lambda they die
 * with the runtime process; in-process they would keep the environment's classes alive, so they
 * are interrupted. A thread that ignores interruption keeps running, and keeps its classes: a limit
 * of in-process isolation ({@code docs/fidelity.md}).
 */
final class LeftoverThreads {

    private LeftoverThreads() {
    }

    /** Interrupts every live thread whose context class loader is the environment's, but its own thread. */
    static int interrupt(ClassLoader environmentLoader, Thread environmentThread) {
        int interrupted = 0;
        for (Thread thread : allThreads()) {
            if (thread != null && thread != environmentThread && thread != Thread.currentThread() && thread.isAlive()
                    && thread.getContextClassLoader() == environmentLoader) {
                thread.interrupt();
                interrupted++;
            }
        }
        return interrupted;
    }

    private static Thread[] allThreads() {
        ThreadGroup root = Thread.currentThread().getThreadGroup();
        while (root.getParent() != null) {
            root = root.getParent();
        }
        // enumerate() fills what fits; a margin covers threads started while it runs.
        Thread[] threads = new Thread[root.activeCount() + 16];
        root.enumerate(threads, true);
        return threads;
    }
}
