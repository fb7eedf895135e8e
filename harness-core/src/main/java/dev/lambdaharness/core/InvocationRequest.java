package dev.lambdaharness.core;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * One synchronous invocation: the payload bytes and what the caller's headers add to the context
 * (client context, Cognito identity, trace header, tenant id). Immutable; each {@code with} returns
 * a copy.
 *
 * <pre>{@code
 * InvocationRequest request = InvocationRequest.of("{\"id\":1}")
 *         .withClientContext("{\"custom\":{\"tenant\":\"a\"}}")
 *         .withTraceHeader("Root=1-5bef4de7-ad49b0e87f6ef6c87fc2e700;Parent=9a9197af755a6419;Sampled=1");
 * function.invoke(request);
 * }</pre>
 */
public final class InvocationRequest {

    private final byte[] payload;
    private final String clientContext;
    private final String cognitoIdentity;
    private final String traceHeader;
    private final String tenantId;

    private InvocationRequest(byte[] payload, String clientContext, String cognitoIdentity, String traceHeader,
            String tenantId) {
        this.payload = payload;
        this.clientContext = clientContext;
        this.cognitoIdentity = cognitoIdentity;
        this.traceHeader = traceHeader;
        this.tenantId = tenantId;
    }

    /** A request whose payload is these bytes, sent as they are. */
    public static InvocationRequest of(byte[] payload) {
        return new InvocationRequest(payload.clone(), null, null, null, null);
    }

    /** A request whose payload is this text in UTF-8, sent as it is. */
    public static InvocationRequest of(String payload) {
        return of(payload.getBytes(StandardCharsets.UTF_8));
    }

    /** The client context JSON ({@code {"client":{…},"custom":{…},"env":{…}}}) the caller sent. */
    public InvocationRequest withClientContext(String clientContextJson) {
        return new InvocationRequest(payload, clientContextJson, cognitoIdentity, traceHeader, tenantId);
    }

    /** The Cognito identity JSON ({@code {"cognitoIdentityId":…,"cognitoIdentityPoolId":…}}). */
    public InvocationRequest withCognitoIdentity(String cognitoIdentityJson) {
        return new InvocationRequest(payload, clientContext, cognitoIdentityJson, traceHeader, tenantId);
    }

    /** The X-Ray trace header the caller sent ({@code Root=…;Parent=…;Sampled=…}). */
    public InvocationRequest withTraceHeader(String traceHeader) {
        return new InvocationRequest(payload, clientContext, cognitoIdentity, traceHeader, tenantId);
    }

    /** The tenant id of a tenant-isolated function. */
    public InvocationRequest withTenantId(String tenantId) {
        return new InvocationRequest(payload, clientContext, cognitoIdentity, traceHeader, tenantId);
    }

    /** The payload bytes. */
    public byte[] payload() {
        return payload.clone();
    }

    /** The client context JSON, when the caller sent one. */
    public Optional<String> clientContext() {
        return Optional.ofNullable(clientContext);
    }

    /** The Cognito identity JSON, when the caller sent one. */
    public Optional<String> cognitoIdentity() {
        return Optional.ofNullable(cognitoIdentity);
    }

    /** The trace header, when the caller sent one. */
    public Optional<String> traceHeader() {
        return Optional.ofNullable(traceHeader);
    }

    /** The tenant id, when the caller sent one. */
    public Optional<String> tenantId() {
        return Optional.ofNullable(tenantId);
    }
}
