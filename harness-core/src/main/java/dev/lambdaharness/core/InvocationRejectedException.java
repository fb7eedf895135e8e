package dev.lambdaharness.core;

/**
 * An invocation Lambda's Invoke API refuses before the function runs: a payload that is not JSON
 * ({@code InvalidRequestContentException}, 400), larger than 6 MB ({@code RequestTooLargeException},
 * 413), a version or alias that does not exist ({@code ResourceNotFoundException}, 404), or a throttle
 * ({@link TooManyRequestsException}, 429).
 *
 * <pre>{@code
 * try {
 *     function.invoke("not json");
 * } catch (InvocationRejectedException e) {
 *     e.lambdaErrorCode(); // "InvalidRequestContentException"
 * }
 * }</pre>
 */
public class InvocationRejectedException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String lambdaErrorCode;
    private final int statusCode;

    /** Creates the exception with Lambda's error code and a message naming the fix; a 400 unless the code says otherwise. */
    public InvocationRejectedException(String lambdaErrorCode, String message) {
        this(lambdaErrorCode, statusOf(lambdaErrorCode), message);
    }

    /** Creates the exception with Lambda's error code, the HTTP status the Invoke API answers with, and a message naming the fix. */
    public InvocationRejectedException(String lambdaErrorCode, int statusCode, String message) {
        super(message);
        this.lambdaErrorCode = lambdaErrorCode;
        this.statusCode = statusCode;
    }

    /** The HTTP status of the Invoke API's answer: 400, 404, 413 or 429. */
    public int statusCode() {
        return statusCode;
    }

    private static int statusOf(String code) {
        switch (code) {
            case "RequestTooLargeException":
                return 413;
            case "ResourceNotFoundException":
                return 404;
            case "TooManyRequestsException":
                return 429;
            default:
                return 400;
        }
    }

    /** The error code Lambda's Invoke API answers with. */
    public String lambdaErrorCode() {
        return lambdaErrorCode;
    }
}
