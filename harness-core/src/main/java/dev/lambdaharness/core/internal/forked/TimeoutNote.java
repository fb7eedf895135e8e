package dev.lambdaharness.core.internal.forked;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * What the harness logs when a forked invocation times out, beside Lambda's own
 * {@code Sandbox.Timedout} (which stays word for word Lambda's): whether the environment was cold
 * or warm and how long the harness waited for the child JVM, so that a timeout a busy machine caused
 * can be told from a slow handler; on an overloaded machine (a load average above its processor
 * count) it names the timeout scale.
 *
 * <pre>{@code
 * String note = TimeoutNote.of("orders", "3", true, 3012, 3000, TimeoutNote.loadAverage(), TimeoutNote.processors());
 * // Function orders, environment 3: the invocation timed out on a cold environment; the harness waited 3012 ms for
 * // the child JVM (limit 3000 ms, INIT included). The load average (47.10) is above this machine's 2 processors: ...
 * }</pre>
 */
final class TimeoutNote {

    private TimeoutNote() {
    }

    /**
     * @param cold        whether the invocation started the environment (its wait includes INIT)
     * @param waitedMs    how long the harness waited for the child before it gave up
     * @param limitMs     the limit it waited to (the function timeout, scaled)
     * @param loadAverage the machine's load average over the last minute, negative where unknown
     * @param processors  the machine's processor count
     */
    static String of(String function, String environment, boolean cold, long waitedMs, long limitMs, double loadAverage,
                     int processors) {
        String note = "Function " + function + ", environment " + environment + ": the invocation timed out on a "
                + (cold ? "cold" : "warm") + " environment; the harness waited " + waitedMs + " ms for the child JVM (limit "
                + limitMs + " ms" + (cold ? ", INIT included" : "") + ").";
        if (overloaded(loadAverage, processors)) {
            note += " The load average (" + String.format(Locale.ROOT, "%.2f", loadAverage) + ") is above this machine's "
                    + processors + " processors: the child may have been waiting for a processor rather than running the"
                    + " handler. If the handler is not slow, stretch the limits with the timeout scale"
                    + " (-Dlambdaharness.timeout.scale=2, or LambdaRuntime.builder().timeoutScale(2)).";
        }
        return note;
    }

    /** Whether more work waits for the processors than there are processors. */
    static boolean overloaded(double loadAverage, int processors) {
        return loadAverage > processors;
    }

    /** The system load average over the last minute, negative where the platform has none. */
    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** The processors this JVM sees. */
    static int processors() {
        return Runtime.getRuntime().availableProcessors();
    }
}
