package dev.lambdaharness.core.internal;

import dev.lambdaharness.core.Isolation;

/**
 * The bookkeeping every execution environment shares, whatever its isolation: its names, whether
 * INIT has run, how many invocations it has taken, and whether it was discarded. A subclass runs
 * the function and calls {@link #takeInvocation()}, {@link #markInitialised()} and
 * {@link #discard()} as it goes.
 *
 * <pre>{@code
 * final class QueueEnvironment extends AbstractSandbox {
 *     QueueEnvironment(String id, FunctionConfig config, RuntimeClock clock) {
 *         super(id, Isolation.IN_PROCESS, LogStreamNames.newName(config, clock));
 *     }
 *     public synchronized InvocationResult invoke(InvocationRequest request) {
 *         takeInvocation();
 *         ...
 *     }
 * }
 * }</pre>
 */
public abstract class AbstractSandbox implements Sandbox {

    private final String id;
    private final Isolation isolation;
    private final String logStreamName;
    private final String functionVersion;
    private final InitializationType initializationType;
    private boolean initialised;
    private volatile boolean discarded;
    private int invocations;

    /** An environment of {@code $LATEST} that has not run INIT yet. */
    protected AbstractSandbox(String id, Isolation isolation, String logStreamName) {
        this(id, isolation, logStreamName, "$LATEST", InitializationType.ON_DEMAND);
    }

    /** An environment of a version of the function that has not run INIT yet. */
    protected AbstractSandbox(String id, Isolation isolation, String logStreamName, String functionVersion,
            InitializationType initializationType) {
        this.id = id;
        this.isolation = isolation;
        this.logStreamName = logStreamName;
        this.functionVersion = functionVersion;
        this.initializationType = initializationType;
    }

    @Override
    public final String initializationType() {
        return initializationType.wireName();
    }

    /** How the environment is initialised. */
    protected final InitializationType initialization() {
        return initializationType;
    }

    @Override
    public final String functionVersion() {
        return functionVersion;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final Isolation isolation() {
        return isolation;
    }

    @Override
    public final String logStreamName() {
        return logStreamName;
    }

    @Override
    public final synchronized boolean initialised() {
        return initialised;
    }

    @Override
    public final boolean discarded() {
        return discarded;
    }

    @Override
    public final synchronized int invocationCount() {
        return invocations;
    }

    /** Refuses an invocation once the environment is discarded. */
    protected final void checkNotDiscarded() {
        if (discarded) {
            throw new IllegalStateException("Environment " + id + " was discarded and serves no more invocations");
        }
    }

    /** Counts an invocation this environment takes. */
    protected final synchronized void takeInvocation() {
        invocations++;
    }

    /** INIT has ended well: later invocations are warm. */
    protected final synchronized void markInitialised() {
        initialised = true;
    }

    /** Takes the environment out of service; a subclass also stops what runs the function. */
    protected void discard() {
        discarded = true;
    }
}
