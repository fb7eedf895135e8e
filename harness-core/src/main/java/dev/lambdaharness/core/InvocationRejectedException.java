package dev.lambdaharness.core;

/**
 * An invocation Lambda's Invoke API refuses before the function runs: a payload that is not JSON
 * ({@code InvalidRequestContentException}) or larger than 6 MB ({@code RequestTooLargeException}).
 *
 * <pre>{@code
 * try {
 *     function.invoke("not json");
 * } catch (InvocationRejectedException e) {
 *     e.lambdaErrorCode(); // "InvalidRequestContentException"
 * }
 * }</pre>
 */
public final class InvocationRejectedException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String lambdaErrorCode;

    /** Creates the exception with Lambda's error code and a message naming the fix. */
    public InvocationRejectedException(String lambdaErrorCode, String message) {
        super(message);
        this.lambdaErrorCode = lambdaErrorCode;
    }

    /** The error code Lambda's Invoke API answers with. */
    public String lambdaErrorCode() {
        return lambdaErrorCode;
    }
}
