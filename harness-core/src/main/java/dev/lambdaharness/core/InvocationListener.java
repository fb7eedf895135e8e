package dev.lambdaharness.core;

/**
 * Hears of every invocation a {@link LambdaRuntime} completes, whichever code made it: a test
 * framework collects the logs of a test with it, without wrapping the functions it hands out.
 *
 * <pre>{@code
 * List<InvocationResult> seen = new CopyOnWriteArrayList<>();
 * LambdaRuntime runtime = LambdaRuntime.builder().invocationListener((function, result) -> seen.add(result)).build();
 * }</pre>
 *
 * <p>It runs on the invoking thread, after the result is complete and before {@code invoke}
 * returns it, so it must be quick and thread-safe; what it throws reaches the caller. An invocation
 * the Invoke API refuses ({@link InvocationRejectedException}) has no result and is not heard of,
 * except a throttle, which {@link #throttled} hears of.
 */
@FunctionalInterface
public interface InvocationListener {

    /**
     * Called once per completed invocation, failed ones included.
     *
     * @param function the function invoked, never {@code null}
     * @param result what the invocation returned, never {@code null}
     */
    void invoked(LambdaFunction function, InvocationResult result);

    /**
     * Called once per throttled invocation, before the caller gets the exception; nothing by default.
     *
     * @param function the function invoked, never {@code null}
     * @param throttle what the caller gets, never {@code null}
     */
    default void throttled(LambdaFunction function, TooManyRequestsException throttle) {
    }
}
