package dev.lambdaharness.core.internal.runtimeapi;

import java.util.Objects;

/**
 * One invocation as the Runtime API hands it to the runtime: the event bytes and the values of the
 * {@code Lambda-Runtime-*} headers of {@code GET /runtime/invocation/next}. Optional headers are
 * {@code null} and then left out, as RAPID leaves out empty headers.
 *
 * @param requestId          {@code Lambda-Runtime-Aws-Request-Id}
 * @param payload            the event bytes, sent as they are
 * @param deadlineEpochMs    {@code Lambda-Runtime-Deadline-Ms}, Unix epoch milliseconds
 * @param invokedFunctionArn {@code Lambda-Runtime-Invoked-Function-Arn}
 * @param traceId            {@code Lambda-Runtime-Trace-Id}, or {@code null}
 * @param clientContextJson  {@code Lambda-Runtime-Client-Context} (decoded JSON), or {@code null}
 * @param cognitoIdentityJson {@code Lambda-Runtime-Cognito-Identity}, or {@code null}
 * @param tenantId           {@code Lambda-Runtime-Aws-Tenant-Id}, or {@code null}
 * @param contentType        {@code Content-Type} of the event; {@code null} means {@code application/json}
 */
public record RuntimeApiInvocation(
        String requestId,
        byte[] payload,
        long deadlineEpochMs,
        String invokedFunctionArn,
        String traceId,
        String clientContextJson,
        String cognitoIdentityJson,
        String tenantId,
        String contentType) {

    /** The content type RAPID uses when the caller gave none; the native client crashes without one. */
    public static final String DEFAULT_CONTENT_TYPE = "application/json";

    /** Checks what would break the wire or the runtime client before it reaches either. */
    public RuntimeApiInvocation {
        if (requestId == null || requestId.isBlank()) {
            throw new IllegalArgumentException("The invocation needs a request id (Lambda-Runtime-Aws-Request-Id); got "
                    + (requestId == null ? "null" : "'" + requestId + "'") + ". Pass a UUID, e.g. UUID.randomUUID().toString().");
        }
        Objects.requireNonNull(payload, "payload: pass the event bytes (an empty array for no event)");
        if (deadlineEpochMs <= 0) {
            throw new IllegalArgumentException("Lambda-Runtime-Deadline-Ms must be a positive epoch time in milliseconds; got "
                    + deadlineEpochMs + ". Use System.currentTimeMillis() plus the function timeout.");
        }
        if (invokedFunctionArn == null || invokedFunctionArn.isBlank()) {
            throw new IllegalArgumentException("The invocation needs an invoked function ARN (Lambda-Runtime-Invoked-Function-Arn),"
                    + " e.g. arn:aws:lambda:us-east-1:123456789012:function:my-function.");
        }
        checkHeaderValue("Lambda-Runtime-Aws-Request-Id", requestId);
        checkHeaderValue("Lambda-Runtime-Invoked-Function-Arn", invokedFunctionArn);
        checkHeaderValue("Lambda-Runtime-Trace-Id", traceId);
        checkHeaderValue("Lambda-Runtime-Client-Context", clientContextJson);
        checkHeaderValue("Lambda-Runtime-Cognito-Identity", cognitoIdentityJson);
        checkHeaderValue("Lambda-Runtime-Aws-Tenant-Id", tenantId);
        checkHeaderValue("Content-Type", contentType);
    }

    /** The {@code Content-Type} the runtime will see. */
    public String effectiveContentType() {
        return contentType == null || contentType.isEmpty() ? DEFAULT_CONTENT_TYPE : contentType;
    }

    private static void checkHeaderValue(String header, String value) {
        if (value != null && (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0)) {
            throw new IllegalArgumentException("The value of " + header + " contains a line break, which HTTP headers cannot carry: '"
                    + value.replace("\r", "\\r").replace("\n", "\\n") + "'. Remove the line breaks (compact the JSON).");
        }
    }
}
