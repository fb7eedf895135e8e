package dev.lambdaharness.core.internal.inprocess;

import java.util.ArrayList;
import java.util.List;

/**
 * The processes an in-process environment's function started through its rewritten call sites
 * ({@code ProcessBuilder.start}, {@code Runtime.exec}), killed with their descendants when the
 * environment closes, as Lambda's sandbox takes down every process in it. A process that left
 * the tree (a double fork reparents it) is out of reach; forked isolation's process group reaches it.
 *
 * <pre>{@code
 * FunctionProcesses processes = new FunctionProcesses();
 * processes.add(started);
 * processes.killAll(); // on close
 * }</pre>
 */
final class FunctionProcesses {

    private final List<Process> processes = new ArrayList<>();

    /** Records a process; those already ended are dropped, so a function that runs many short ones holds none. */
    synchronized void add(Process process) {
        processes.removeIf(started -> !started.isAlive());
        processes.add(process);
    }

    /** Kills every recorded process still alive, descendants first, so none is reparented on the way. */
    void killAll() {
        List<Process> running;
        synchronized (this) {
            running = new ArrayList<>(processes);
            processes.clear();
        }
        for (Process process : running) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }
}
