package dev.lambdaharness.core.internal.oracle;

import java.time.Duration;
import java.util.Objects;
import java.util.UUID;

/**
 * One invocation for the oracle: the event bytes and the values the Runtime API puts in the
 * {@code Lambda-Runtime-*} headers of {@code next}.
 *
 * <pre>{@code
 * OracleRequest request = OracleRequest.of("\"world\"".getBytes(UTF_8), Duration.ofSeconds(3), oracle.functionArn());
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
public record OracleRequest(String requestId, byte[] payload, long deadlineEpochMs, String invokedFunctionArn,
                            String traceId, String clientContextJson, String cognitoIdentityJson, String tenantId) {

    /** Refuses what the Runtime API could not send. */
    public OracleRequest {
        Objects.requireNonNull(payload, "payload: pass the event bytes (an empty array for no event)");
        if (requestId == null || requestId.isBlank()) {
            throw new IllegalArgumentException("An oracle request needs a request id; use OracleRequest.of(...) for a random UUID.");
        }
        if (invokedFunctionArn == null || invokedFunctionArn.isBlank()) {
            throw new IllegalArgumentException("An oracle request needs the invoked function ARN; RicOracle.functionArn() gives the oracle's.");
        }
    }

    /** A request with a random request id, a deadline {@code timeout} from now and no optional headers. */
    public static OracleRequest of(byte[] payload, Duration timeout, String invokedFunctionArn) {
        return new OracleRequest(UUID.randomUUID().toString(), payload, System.currentTimeMillis() + timeout.toMillis(),
                invokedFunctionArn, null, null, null, null);
    }

    /** This request with a {@code Lambda-Runtime-Trace-Id}. */
    public OracleRequest withTraceId(String newTraceId) {
        return new OracleRequest(requestId, payload, deadlineEpochMs, invokedFunctionArn, newTraceId, clientContextJson, cognitoIdentityJson, tenantId);
    }

    /** This request with a {@code Lambda-Runtime-Client-Context} and {@code Lambda-Runtime-Cognito-Identity}. */
    public OracleRequest withMobileContext(String newClientContextJson, String newCognitoIdentityJson) {
        return new OracleRequest(requestId, payload, deadlineEpochMs, invokedFunctionArn, traceId, newClientContextJson, newCognitoIdentityJson,
                tenantId);
    }

    /** This request with a {@code Lambda-Runtime-Aws-Tenant-Id}. */
    public OracleRequest withTenantId(String newTenantId) {
        return new OracleRequest(requestId, payload, deadlineEpochMs, invokedFunctionArn, traceId, clientContextJson, cognitoIdentityJson,
                newTenantId);
    }
}
