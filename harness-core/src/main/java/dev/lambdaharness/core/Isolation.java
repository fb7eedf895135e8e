package dev.lambdaharness.core;

/**
 * How an execution environment is isolated from the test JVM and from other environments.
 *
 * <pre>{@code
 * LambdaFunction function = runtime.function(config, code, Isolation.IN_PROCESS);
 * }</pre>
 */
public enum Isolation {
    /**
     * Fast: a class loader of its own per environment inside the test JVM, with the function's
     * environment variables, output and exit rewritten to belong to that environment. See
     * {@code docs/fidelity.md} for what it cannot isolate.
     */
    IN_PROCESS,
    /**
     * Faithful: a child JVM per environment running the real AWS runtime interface client, or where
     * its native client does not exist (or when asked, {@link RuntimeClient}) the harness's own
     * runtime client; see {@code docs/forked.md}.
     */
    FORKED
}
