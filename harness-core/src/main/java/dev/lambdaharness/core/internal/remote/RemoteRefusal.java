package dev.lambdaharness.core.internal.remote;

import java.util.Optional;

/**
 * An error document the Invoke API answered a {@link RemoteCall} with, as the transport read it:
 * {@link RemoteFunction} turns it into the exception a local invocation would throw.
 *
 * <pre>{@code
 * throw new RemoteRefusal(404, "ResourceNotFoundException", "Function not found: …", Optional.empty());
 * }</pre>
 */
public final class RemoteRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int statusCode;
    private final String errorCode;
    private final transient Optional<String> reason;

    /**
     * @param statusCode the HTTP status
     * @param errorCode the service's error code ({@code X-Amzn-ErrorType}), for example {@code TooManyRequestsException}
     * @param message the service's message
     * @param reason a throttle's {@code Reason}
     */
    public RemoteRefusal(int statusCode, String errorCode, String message, Optional<String> reason) {
        super(message);
        this.statusCode = statusCode;
        this.errorCode = errorCode;
        this.reason = reason;
    }

    /** The HTTP status. */
    public int statusCode() {
        return statusCode;
    }

    /** The service's error code. */
    public String errorCode() {
        return errorCode;
    }

    /** A throttle's {@code Reason}, as the service spells it. */
    public Optional<String> reason() {
        return reason;
    }
}
