package dev.lambdaharness.core.internal;

import dev.lambdaharness.core.ExecutionEnvironment;
import dev.lambdaharness.core.InvocationRequest;
import dev.lambdaharness.core.InvocationResult;

/**
 * An execution environment as a function's pool drives it, whatever its isolation: one
 * invocation at a time, until it is discarded or closed.
 */
public interface Sandbox extends ExecutionEnvironment {

    /** Runs one invocation: INIT first on the environment's first, then the handler. */
    InvocationResult invoke(InvocationRequest request);

    /**
     * Runs one invocation that named the function by {@code invokedFunctionArn} (qualified with the
     * version or alias it named): what {@code Context.getInvokedFunctionArn()} returns.
     */
    default InvocationResult invoke(InvocationRequest request, String invokedFunctionArn) {
        return invoke(request, invokedFunctionArn, RequestIds.next());
    }

    /**
     * Runs one invocation under a request id the caller chose: an asynchronous event keeps its id
     * through every attempt.
     */
    InvocationResult invoke(InvocationRequest request, String invokedFunctionArn, String requestId);

    /**
     * Runs INIT now, before any invocation, as provisioned concurrency does: the first invocation
     * then starts warm, and its REPORT has no {@code Init Duration}.
     *
     * @return empty when INIT succeeded; else what the first invocation would have returned (the
     *     INIT error, the timeout, the exit), and the environment is discarded
     */
    java.util.Optional<InvocationResult> initialiseAhead();

    /** Whether the function ended the environment (an exit); it then serves no more invocations. */
    boolean exited();
}
