package dev.lambdaharness.core.internal.child;

import java.time.Duration;
import java.util.Objects;
import java.util.UUID;

/**
 * One invocation for a child JVM's runtime: the event bytes and the values the Runtime API puts in the
 * {@code Lambda-Runtime-*} headers of {@code next}.
 *
 * <pre>{@code
 * ChildRequest request = ChildRequest.of("\"world\"".getBytes(UTF_8), Duration.ofSeconds(3), config.invokedFunctionArn());
 * }</pre>
 *
 * @param requestId           {@code Lambda-Runtime-Aws-Request-Id}
 * @param payload             the event bytes, sent as they are
 * @param deadlineEpochMs     {@code Lambda-Runtime-Deadline-Ms}, what {@code Context.getRemainingTimeInMillis()} counts down to
 * @param invokedFunctionArn  {@code Lambda-Runtime-Invoked-Function-Arn}
 * @param traceId             {@code Lambda-Runtime-Trace-Id}, or {@code null}
 * @param clientContextJson   {@code Lambda-Runtime-Client-Context}, or {@code null}
 * @param cognitoIdentityJson {@code Lambda-Runtime-Cognito-Identity}, or {@code null}
 * @param tenantId            {@code Lambda-Runtime-Aws-Tenant-Id}, or {@code null}
 */
public record ChildRequest(String requestId, byte[] payload, long deadlineEpochMs, String invokedFunctionArn,
                            String traceId, String clientContextJson, String cognitoIdentityJson, String tenantId) {

    /** Refuses what the Runtime API could not send. */
    public ChildRequest {
        Objects.requireNonNull(payload, "payload: pass the event bytes (an empty array for no event)");
        if (requestId == null || requestId.isBlank()) {
            throw new IllegalArgumentException("An invocation for a child JVM needs a request id; use ChildRequest.of(...) for a random UUID.");
        }
        if (invokedFunctionArn == null || invokedFunctionArn.isBlank()) {
            throw new IllegalArgumentException("An invocation for a child JVM needs the invoked function ARN (Lambda-Runtime-Invoked-Function-Arn); pass the function's ARN.");
        }
    }

    /** A request with a random request id, a deadline {@code timeout} from now and no optional headers. */
    public static ChildRequest of(byte[] payload, Duration timeout, String invokedFunctionArn) {
        return new ChildRequest(UUID.randomUUID().toString(), payload, System.currentTimeMillis() + timeout.toMillis(),
                invokedFunctionArn, null, null, null, null);
    }

    /** This request with a {@code Lambda-Runtime-Trace-Id}. */
    public ChildRequest withTraceId(String newTraceId) {
        return new ChildRequest(requestId, payload, deadlineEpochMs, invokedFunctionArn, newTraceId, clientContextJson, cognitoIdentityJson, tenantId);
    }

    /** This request with a {@code Lambda-Runtime-Client-Context} and {@code Lambda-Runtime-Cognito-Identity}. */
    public ChildRequest withMobileContext(String newClientContextJson, String newCognitoIdentityJson) {
        return new ChildRequest(requestId, payload, deadlineEpochMs, invokedFunctionArn, traceId, newClientContextJson, newCognitoIdentityJson,
                tenantId);
    }

    /** This request with a {@code Lambda-Runtime-Aws-Tenant-Id}. */
    public ChildRequest withTenantId(String newTenantId) {
        return new ChildRequest(requestId, payload, deadlineEpochMs, invokedFunctionArn, traceId, clientContextJson, cognitoIdentityJson,
                newTenantId);
    }
}
