package dev.lambdaharness.core;

import dev.lambdaharness.core.internal.forked.SharedSpares;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Objects;

/**
 * Spare execution environments shared by many runtimes, such as a test suite's: each forked function
 * deployed into a runtime built with the pool ({@link LambdaRuntime.Builder#sparePool(SparePool)})
 * takes for its cold start the spare child JVM that booted while an earlier runtime's function ran,
 * and leaves the next one booting for the runtime after it. A runtime per test then pays a JVM's
 * boot only ahead of time, not in the test.
 *
 * <p>A spare serves only a function whose child would be started exactly as it was: the same
 * command line (JDK, runtime client, runtime set, memory, agents, allowed hosts), the same code and
 * the same configuration, since a process's environment variables and working directory are fixed
 * when it starts. So the tests of one function share spares, and a function with other settings gets
 * spares of its own. A {@link SpareEnvironments#BOOTED} spare runs nothing of the function before the
 * cold start that adopts it: INIT runs in the test, and its {@code REPORT} shows the whole INIT as
 * {@code Init Duration}, as a runtime's own spares do ({@link SpareEnvironments}).
 *
 * <p>The pool holds at most {@link #maxSpares()} spares (by default this machine's processor count,
 * and none while a debugger is attached to this JVM, since the spares would boot while it stands at
 * a breakpoint). A cold start that takes a spare starts the next one at once, so that on several
 * processors several spares of the function in use boot while short tests run; a function just
 * deployed may end the spare of the one least recently asked for to make room. Closing the pool ends
 * every spare no runtime took; a spare also ends with this JVM, even one killed outright, as every
 * forked child does.
 *
 * <pre>{@code
 * try (SparePool pool = SparePool.create(SpareEnvironments.BOOTED)) {
 *     for (String event : events) {
 *         try (LambdaRuntime runtime = LambdaRuntime.builder().sparePool(pool).build()) {
 *             runtime.function(config, code, Isolation.FORKED).invoke(event); // cold, in the spare the last one left
 *         }
 *     }
 * }
 * }</pre>
 */
public final class SparePool implements AutoCloseable {

    private final SpareEnvironments mode;
    private final SharedSpares spares;

    private SparePool(SpareEnvironments mode, int maxSpares) {
        this.mode = mode;
        this.spares = new SharedSpares(mode, maxSpares);
    }

    /**
     * A pool of at most as many spares as this machine has processors; none while a debugger is
     * attached to this JVM.
     *
     * @param mode {@link SpareEnvironments#BOOTED} (safe for any test), {@link SpareEnvironments#INITIALISED}
     *             (INIT ahead), or {@link SpareEnvironments#NONE}, a pool that keeps none
     */
    public static SparePool create(SpareEnvironments mode) {
        return create(mode, machineBound(ManagementFactory.getRuntimeMXBean().getInputArguments(),
                Runtime.getRuntime().availableProcessors()));
    }

    /**
     * A pool of at most {@code maxSpares} spares.
     *
     * @throws InvalidConfigurationException when {@code maxSpares} is negative
     */
    public static SparePool create(SpareEnvironments mode, int maxSpares) {
        Objects.requireNonNull(mode, "mode: pass SpareEnvironments.NONE for a pool that keeps no spares");
        if (maxSpares < 0) {
            throw new InvalidConfigurationException("maxSpares", Integer.toString(maxSpares), null, "maxSpares " + maxSpares
                    + " is negative. Give the most spare JVMs to keep at once, for example 2, or 0 for none.");
        }
        return new SparePool(mode, maxSpares);
    }

    /**
     * The most spares a pool keeps on a machine: its processor count, since each spare is a JVM
     * booting beside the tests, and none when the JVM's arguments attach a debugger.
     */
    static int machineBound(List<String> jvmArguments, int processors) {
        for (String argument : jvmArguments) {
            if (argument.startsWith("-agentlib:jdwp") || argument.startsWith("-Xrunjdwp") || argument.startsWith("-Xdebug")) {
                return 0;
            }
        }
        return Math.max(0, processors);
    }

    /** What the pool's spares run ahead. */
    public SpareEnvironments mode() {
        return mode;
    }

    /** The most spares the pool keeps at once. */
    public int maxSpares() {
        return spares.maxSpares();
    }

    /**
     * The processes of the spares the pool holds now, waiting to be adopted; for a test that checks
     * which process served a cold start, or that none outlives the pool.
     */
    public List<ProcessHandle> processes() {
        return spares.processes();
    }

    /** Ends every spare no runtime took. Idempotent; runtimes built with the pool start their JVMs themselves after it. */
    @Override
    public void close() {
        spares.close();
    }

    /** The spares, for the runtimes built with the pool. */
    SharedSpares spares() {
        return spares;
    }
}
