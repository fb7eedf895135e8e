package dev.lambdaharness.core.internal.oracle;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every live oracle child of this JVM, killed by a shutdown hook if the JVM exits while one still
 * runs (a test that never closed its oracle, a Ctrl-C). A JVM killed outright cannot run hooks;
 * then the child's pending {@code next} fails as the Runtime API's socket dies, and the RIC exits.
 */
final class OracleChildren {

    private static final Set<Process> LIVE = ConcurrentHashMap.newKeySet();
    private static volatile boolean hookInstalled;

    private OracleChildren() {
    }

    static void register(Process process) {
        installHook();
        LIVE.add(process);
    }

    static void unregister(Process process) {
        LIVE.remove(process);
    }

    /** Kills a child and whatever it started. */
    static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    private static synchronized void installHook() {
        if (!hookInstalled) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.forEach(OracleChildren::kill), "lambda-harness-oracle-reaper"));
            hookInstalled = true;
        }
    }
}
