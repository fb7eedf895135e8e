package dev.lambdaharness.conformance.internal.contract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Threads an in-process function started and left running. They are told from the test JVM's
 * other threads by their context class loader: a thread inherits its creator's, and a function's
 * code runs on its environment's thread with the environment's class loader. That thread itself
 * (a daemon named {@code main}, as the runtime's is) is not the function's.
 *
 * <pre>{@code
 * Set<Thread> before = FunctionThreads.live();
 * function.invoke(event);
 * List<Thread> left = FunctionThreads.startedSince(before);
 * }</pre>
 */
public final class FunctionThreads {

    /** The package of the harness's in-process class loaders, which function threads carry as context loader. */
    private static final String IN_PROCESS_LOADERS = "dev.lambdaharness.core.internal.inprocess.";

    private FunctionThreads() {
    }

    /** @return every live thread of the JVM */
    public static Set<Thread> live() {
        ThreadGroup root = Thread.currentThread().getThreadGroup();
        while (root.getParent() != null) {
            root = root.getParent();
        }
        Thread[] threads = new Thread[root.activeCount() + 16];
        int count = root.enumerate(threads, true);
        Set<Thread> live = new HashSet<>();
        for (int i = 0; i < count; i++) {
            live.add(threads[i]);
        }
        return live;
    }

    /**
     * In-process, threads inherit the daemon flag of the environment's thread, a daemon, so every
     * function thread still alive counts: on Lambda the handler's thread is not a daemon, and
     * neither are the threads it starts unless it says so.
     *
     * @return the function threads alive now that were not in {@code before}
     */
    public static List<Thread> startedSince(Set<Thread> before) {
        List<Thread> left = new ArrayList<>();
        for (Thread thread : live()) {
            ClassLoader loader = thread.getContextClassLoader();
            boolean environmentThread = thread.isDaemon() && "main".equals(thread.getName());
            if (!before.contains(thread) && thread.isAlive() && !environmentThread && loader != null
                    && loader.getClass().getName().startsWith(IN_PROCESS_LOADERS)) {
                left.add(thread);
            }
        }
        return left;
    }
}
