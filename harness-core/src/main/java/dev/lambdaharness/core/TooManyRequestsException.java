package dev.lambdaharness.core;

import java.util.Objects;

/**
 * A synchronous invocation Lambda throttled (HTTP 429): the function's reserved concurrency, the
 * account's concurrency or the scaling rate of new environments was exhausted, and the function
 * did not run. What the Invoke API answers is all here: the error code, the body's {@code Reason},
 * {@code Type} and {@code message} ({@link #body()}), and the retry hint of the {@code Retry-After}
 * header. {@link #getMessage()} says in a sentence what was exhausted and what to change.
 *
 * <pre>{@code
 * assertThatThrownBy(() -> function.invoke("{}"))
 *         .isInstanceOfSatisfying(TooManyRequestsException.class, throttle -> {
 *             assertThat(throttle.reason()).isEqualTo(ThrottleReason.RESERVED_FUNCTION_CONCURRENT_INVOCATION_LIMIT_EXCEEDED);
 *             assertThat(throttle.body()).isEqualTo("{\"Reason\":\"ReservedFunctionConcurrentInvocationLimitExceeded\","
 *                     + "\"Type\":\"User\",\"message\":\"Rate Exceeded.\"}");
 *         });
 * }</pre>
 */
public final class TooManyRequestsException extends InvocationRejectedException {

    private static final long serialVersionUID = 1L;

    /** The error code of a throttle. */
    public static final String ERROR_CODE = "TooManyRequestsException";
    /** The body's {@code message}, as Lambda answers a throttled invoke. */
    public static final String SERVICE_MESSAGE = "Rate Exceeded.";
    /** The body's {@code Type}. */
    public static final String TYPE = "User";
    /**
     * The seconds the {@code Retry-After} header suggests. Lambda's value is UNCONFIRMED (see
     * docs/fidelity.md): one second, the start of the back-off Lambda itself uses for throttled
     * asynchronous events.
     */
    public static final int RETRY_AFTER_SECONDS = 1;

    private final ThrottleReason reason;
    private final String functionArn;

    /**
     * A throttle.
     *
     * @param reason why
     * @param functionArn the ARN the invocation named
     * @param explanation what was exhausted and what to change, for {@link #getMessage()}
     */
    public TooManyRequestsException(ThrottleReason reason, String functionArn, String explanation) {
        super(ERROR_CODE, 429, "Invocation of " + functionArn + " throttled (TooManyRequestsException, Reason "
                + Objects.requireNonNull(reason, "reason").wireName() + "): " + explanation);
        this.reason = reason;
        this.functionArn = functionArn;
    }

    /** Why the invocation was throttled. */
    public ThrottleReason reason() {
        return reason;
    }

    /** The body's {@code Type}: always {@value #TYPE}. */
    public String type() {
        return TYPE;
    }

    /** The body's {@code message}: {@value #SERVICE_MESSAGE}. */
    public String serviceMessage() {
        return SERVICE_MESSAGE;
    }

    /** The {@code Retry-After} header's seconds. */
    public int retryAfterSeconds() {
        return RETRY_AFTER_SECONDS;
    }

    /** The ARN the throttled invocation named (qualified when it named a version or alias). */
    public String functionArn() {
        return functionArn;
    }

    /** The response body as Lambda sends it: {@code {"Reason":…,"Type":"User","message":"Rate Exceeded."}}. */
    public String body() {
        return "{\"Reason\":\"" + reason.wireName() + "\",\"Type\":\"" + TYPE + "\",\"message\":\"" + SERVICE_MESSAGE + "\"}";
    }
}
