package dev.lambdaharness.core;

/**
 * Why Lambda throttled an invocation: the {@code Reason} of a {@code TooManyRequestsException}, as
 * the Invoke API names it.
 *
 * <pre>{@code
 * catch (TooManyRequestsException e) {
 *     if (e.reason() == ThrottleReason.RESERVED_FUNCTION_CONCURRENT_INVOCATION_LIMIT_EXCEEDED) { ... }
 * }
 * }</pre>
 */
public enum ThrottleReason {
    /** The account's concurrency (unreserved part) is in use. */
    CONCURRENT_INVOCATION_LIMIT_EXCEEDED("ConcurrentInvocationLimitExceeded"),
    /** The function's invocation rate limit. */
    FUNCTION_INVOCATION_RATE_LIMIT_EXCEEDED("FunctionInvocationRateLimitExceeded"),
    /** The function's reserved concurrency is in use (or is zero). */
    RESERVED_FUNCTION_CONCURRENT_INVOCATION_LIMIT_EXCEEDED("ReservedFunctionConcurrentInvocationLimitExceeded"),
    /** The rate limit of a function with reserved concurrency. */
    RESERVED_FUNCTION_INVOCATION_RATE_LIMIT_EXCEEDED("ReservedFunctionInvocationRateLimitExceeded"),
    /** The caller's rate limit. */
    CALLER_RATE_LIMIT_EXCEEDED("CallerRateLimitExceeded"),
    /** Too many SnapStart snapshots being created at once. */
    CONCURRENT_SNAPSHOT_CREATE_LIMIT_EXCEEDED("ConcurrentSnapshotCreateLimitExceeded");

    private final String wireName;

    ThrottleReason(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in the exception's {@code Reason} field, e.g. {@code ConcurrentInvocationLimitExceeded}. */
    public String wireName() {
        return wireName;
    }
}
