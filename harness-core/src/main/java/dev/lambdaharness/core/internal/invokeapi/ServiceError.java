package dev.lambdaharness.core.internal.invokeapi;

import dev.lambdaharness.core.internal.PlatformLog;
import java.util.Map;

/**
 * An error answer of the Invoke API: the HTTP status, the error code the SDK reads from the
 * {@code X-Amzn-ErrorType} header, and the JSON document. Lambda spells the message member
 * {@code message} in most documents and {@code Message} in a few (a missing function); the SDK reads both.
 *
 * <pre>{@code
 * throw new ServiceError(404, "ResourceNotFoundException", "Message", "Function not found: " + arn);
 * }</pre>
 */
final class ServiceError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final String body;
    /** Never serialised: the error is answered over HTTP where it is thrown. */
    private final transient Map<String, String> headers;

    /** An error whose document is {@code {"Type":"User","<messageMember>":"<message>"}}. */
    ServiceError(int status, String code, String messageMember, String message) {
        this(status, code, "{\"Type\":\"User\",\"" + messageMember + "\":" + PlatformLog.quote(message) + "}", Map.of(), message);
    }

    /** An error with a document of its own and extra response headers. */
    ServiceError(int status, String code, String body, Map<String, String> headers, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.body = body;
        this.headers = Map.copyOf(headers);
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    String body() {
        return body;
    }

    Map<String, String> headers() {
        return headers;
    }
}
