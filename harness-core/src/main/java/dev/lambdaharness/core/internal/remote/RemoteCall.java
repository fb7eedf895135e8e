package dev.lambdaharness.core.internal.remote;

import java.util.Optional;

/**
 * One {@code Invoke} request as the Invoke API takes it.
 *
 * <pre>{@code
 * RemoteCall call = new RemoteCall("orders-prod", Optional.of("live"), RemoteCall.REQUEST_RESPONSE, payload,
 *         Optional.empty(), Optional.empty(), Optional.empty());
 * }</pre>
 *
 * @param functionName the name, name with qualifier or ARN of the deployed function
 * @param qualifier the {@code Qualifier} parameter, when the name carries none
 * @param invocationType {@link #REQUEST_RESPONSE}, {@link #EVENT} or {@link #DRY_RUN}
 * @param payload the payload bytes
 * @param clientContext the client context JSON, sent as {@code X-Amz-Client-Context} in base64
 * @param traceHeader the {@code X-Amzn-Trace-Id} header
 * @param tenantId the tenant id of a tenant-isolated function
 */
public record RemoteCall(String functionName, Optional<String> qualifier, String invocationType, byte[] payload,
        Optional<String> clientContext, Optional<String> traceHeader, Optional<String> tenantId) {

    /** A synchronous invocation, asked for with its log tail ({@code X-Amz-Log-Type: Tail}). */
    public static final String REQUEST_RESPONSE = "RequestResponse";
    /** An asynchronous invocation. */
    public static final String EVENT = "Event";
    /** A check that the function and qualifier exist, running nothing. */
    public static final String DRY_RUN = "DryRun";
}
