package dev.lambdaharness.core;

/**
 * An invocation Lambda stopped as a recursive loop (HTTP 400): the function had already run
 * {@value #MAX_INVOCATIONS} times in one chain of invocations, each caused by the one before through
 * the AWS SDK, as the {@code Lineage} of the X-Ray trace header counts them. Only runtimes that serve
 * the Invoke API ({@link LambdaRuntime.Builder#invokeApi(boolean)}) track chains; see
 * {@code docs/invoke-api.md}. An asynchronous invocation stopped this way is accepted, and its event
 * goes to the on-failure destination or dead-letter target without running.
 *
 * <pre>{@code
 * assertThatThrownBy(() -> function.invoke(request))
 *         .isInstanceOf(RecursiveInvocationException.class);
 * }</pre>
 */
public final class RecursiveInvocationException extends InvocationRejectedException {

    private static final long serialVersionUID = 1L;

    /** The error code. */
    public static final String ERROR_CODE = "RecursiveInvocationException";
    /** How many invocations of one function a chain may have; the next one is stopped. */
    public static final int MAX_INVOCATIONS = 16;
    /** The body's {@code Message}: the service's description of the exception. */
    public static final String SERVICE_MESSAGE = "Lambda has detected your function being invoked in a recursive loop"
            + " with other AWS resources and stopped your function's invocation.";

    private final String functionArn;

    /**
     * A stopped invocation.
     *
     * @param functionArn the ARN the invocation named
     */
    public RecursiveInvocationException(String functionArn) {
        super(ERROR_CODE, 400, "Invocation of " + functionArn + " stopped (RecursiveInvocationException): the function"
                + " already ran " + MAX_INVOCATIONS + " times in this chain of invocations, each caused by the one before,"
                + " as the Lineage of the X-Ray trace header counts them. Lambda stops such loops; end the recursion in"
                + " the function (a depth or a condition in the event), or invoke it without the trace header it was given.");
        this.functionArn = functionArn;
    }

    /** The ARN the stopped invocation named. */
    public String functionArn() {
        return functionArn;
    }

    /** The response body as the Invoke API sends it: {@code {"Type":"User","Message":…}}. */
    public String body() {
        return "{\"Type\":\"User\",\"Message\":\"" + SERVICE_MESSAGE + "\"}";
    }
}
