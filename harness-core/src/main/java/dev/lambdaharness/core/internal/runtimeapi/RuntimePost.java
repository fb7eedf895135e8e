package dev.lambdaharness.core.internal.runtimeapi;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A result the runtime posted and the Runtime API accepted, with its body and headers exactly as
 * received.
 *
 * @param kind       which endpoint it went to
 * @param requestId  the request id in the path; {@code null} for an init error
 * @param body       the body as posted; empty for {@link Kind#RESPONSE_TOO_LARGE}, whose bytes are
 *                   counted and dropped
 * @param bodyLength the number of body bytes received
 * @param headers    the request headers, looked up without regard to case, names as sent
 */
public record RuntimePost(Kind kind, String requestId, byte[] body, long bodyLength, Map<String, String> headers) {

    /** The header the runtime names its error type in, e.g. {@code Runtime.UserException}. */
    public static final String FUNCTION_ERROR_TYPE_HEADER = "Lambda-Runtime-Function-Error-Type";

    /** The endpoint a post went to. */
    public enum Kind {
        /** {@code POST /runtime/invocation/{id}/response}, answered 202. */
        RESPONSE,
        /** {@code POST /runtime/invocation/{id}/response} above {@link RapidErrors#MAX_PAYLOAD_SIZE}, answered 413. */
        RESPONSE_TOO_LARGE,
        /** {@code POST /runtime/invocation/{id}/error}, answered 202. */
        ERROR,
        /** {@code POST /runtime/init/error}, answered 202. */
        INIT_ERROR
    }

    /** Copies the headers into an unmodifiable map that ignores case, as HTTP header names do. */
    public RuntimePost {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(body, "body");
        TreeMap<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        copy.putAll(headers);
        headers = Collections.unmodifiableMap(copy);
    }

    /** The {@code Lambda-Runtime-Function-Error-Type} header as posted, or {@code null}. */
    public String functionErrorType() {
        return headers.get(FUNCTION_ERROR_TYPE_HEADER);
    }
}
