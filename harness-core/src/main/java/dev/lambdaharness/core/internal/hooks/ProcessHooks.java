package dev.lambdaharness.core.internal.hooks;

import java.util.List;

/**
 * Hands the processes function code started to its environment ({@link EnvironmentBinding#processStarted}),
 * so that they end when it closes; code outside an environment keeps its processes to itself.
 *
 * <pre>{@code
 * Process process = ProcessHooks.started(builder.start(), binding); // binding may be null
 * }</pre>
 */
final class ProcessHooks {

    private ProcessHooks() {
    }

    /** Records {@code process} with {@code binding}, when there is one; returns it. */
    static Process started(Process process, EnvironmentBinding binding) {
        if (binding != null) {
            binding.processStarted(process);
        }
        return process;
    }

    /** Records each process of a pipeline; returns the list. */
    static List<Process> started(List<Process> processes, EnvironmentBinding binding) {
        processes.forEach(process -> started(process, binding));
        return processes;
    }
}
