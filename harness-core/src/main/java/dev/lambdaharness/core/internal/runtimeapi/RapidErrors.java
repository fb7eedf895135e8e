package dev.lambdaharness.core.internal.runtimeapi;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The limits and error bodies of Lambda's RAPID, byte for byte: bodies the Runtime API sends the
 * runtime end with a newline (RAPID encodes them with Go's {@code json.Encoder}); the error a
 * caller gets for an oversized response does not (RAPID uses {@code json.Marshal} there).
 */
public final class RapidErrors {

    /** The largest response (and sync event) RAPID accepts: 6 MiB plus 100 bytes. */
    public static final int MAX_PAYLOAD_SIZE = 6 * 1024 * 1024 + 100;

    /** The error type callers see when a response exceeds {@link #MAX_PAYLOAD_SIZE}. */
    public static final String RESPONSE_SIZE_TOO_LARGE = "Function.ResponseSizeTooLarge";

    private static final Pattern VALID_ERROR_TYPE = Pattern.compile("(Runtime|Function)\\.[A-Z][a-zA-Z]+");

    private RapidErrors() {
    }

    /** {@code 202} body of an accepted post. */
    static byte[] accepted() {
        return utf8("{\"status\":\"OK\"}\n");
    }

    /** {@code 400} body when the path's request id is not the current invocation's. */
    static byte[] invalidRequestId() {
        return errorResponse("Invalid request ID", "InvalidRequestID");
    }

    /** {@code 413} body when a response exceeds {@link #MAX_PAYLOAD_SIZE}. */
    static byte[] requestEntityTooLarge() {
        return errorResponse("Exceeded maximum allowed payload size (" + MAX_PAYLOAD_SIZE + " bytes).", "RequestEntityTooLarge");
    }

    /** {@code 403} body when the runtime calls an endpoint its state does not allow. */
    static byte[] invalidStateTransition(String from, String to) {
        return errorResponse("State transition from " + from + " to " + to
                + " failed for runtime. Error: State transition is not allowed", "InvalidStateTransition");
    }

    /**
     * The error a caller receives for a response of {@code responseSize} bytes above the limit,
     * e.g. {@code {"errorType":"Function.ResponseSizeTooLarge","errorMessage":"Response payload size (7000000 bytes) exceeded maximum allowed payload size (6291556 bytes)."}}.
     */
    public static byte[] responseSizeTooLarge(long responseSize) {
        return utf8("{\"errorType\":\"" + RESPONSE_SIZE_TOO_LARGE + "\",\"errorMessage\":\"Response payload size (" + responseSize
                + " bytes) exceeded maximum allowed payload size (" + MAX_PAYLOAD_SIZE + " bytes).\"}");
    }

    /**
     * The error type RAPID reports for a {@code Lambda-Runtime-Function-Error-Type} header: the
     * value itself when it contains {@code Runtime.} or {@code Function.} followed by a capitalised
     * word (RAPID's pattern is not anchored), else {@code Function.Unknown} for values starting with
     * {@code Function.} and {@code Runtime.Unknown} for the rest, {@code null} included.
     */
    public static String sanitizeErrorType(String headerValue) {
        if (headerValue != null && VALID_ERROR_TYPE.matcher(headerValue).find()) {
            return headerValue;
        }
        return headerValue != null && headerValue.startsWith("Function.") ? "Function.Unknown" : "Runtime.Unknown";
    }

    private static byte[] errorResponse(String message, String type) {
        // RAPID's ErrorResponse: errorMessage first, then errorType; no stackTrace when empty.
        return utf8("{\"errorMessage\":\"" + message + "\",\"errorType\":\"" + type + "\"}\n");
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
