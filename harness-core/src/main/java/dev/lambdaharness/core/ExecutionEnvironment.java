package dev.lambdaharness.core;

/**
 * One execution environment of a function: INIT once, then one invocation at a time, until it is
 * closed or discarded. A new environment is a cold start: the function's static initialisers run
 * again. A timeout, a crash or an exit discards the environment, as Lambda resets it.
 *
 * <pre>{@code
 * for (ExecutionEnvironment environment : function.environments()) {
 *     System.out.println(environment.id() + " served " + environment.invocationCount());
 * }
 * }</pre>
 */
public interface ExecutionEnvironment extends AutoCloseable {

    /** A short id, unique within the runtime, also the suffix of the environment's log stream. */
    String id();

    /** The isolation of this environment. */
    Isolation isolation();

    /** The version of the function this environment runs: {@code $LATEST} or a published version number. */
    String functionVersion();

    /**
     * How the environment was initialised, as {@code AWS_LAMBDA_INITIALIZATION_TYPE} says:
     * {@code on-demand}, or {@code provisioned-concurrency} for an environment initialised ahead.
     */
    String initializationType();

    /** The CloudWatch log stream name of this environment. */
    String logStreamName();

    /** Whether INIT has run. */
    boolean initialised();

    /** Whether the environment was discarded (timeout, crash, exit) or closed; it serves no more. */
    boolean discarded();

    /** How many invocations it has served. */
    int invocationCount();

    /** Shuts the environment down. Idempotent. */
    @Override
    void close();
}
