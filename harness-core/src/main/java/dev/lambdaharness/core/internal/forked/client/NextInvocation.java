package dev.lambdaharness.core.internal.forked.client;

import dev.lambdaharness.core.internal.handler.LambdaContext;

/**
 * One invocation as {@code GET /runtime/invocation/next} hands it out: the event bytes and the
 * {@code Lambda-Runtime-*} headers.
 *
 * @param requestId           {@code Lambda-Runtime-Aws-Request-Id}
 * @param payload             the event bytes
 * @param deadlineEpochMs     {@code Lambda-Runtime-Deadline-Ms}
 * @param invokedFunctionArn  {@code Lambda-Runtime-Invoked-Function-Arn}
 * @param traceId             {@code Lambda-Runtime-Trace-Id}, or {@code null}
 * @param clientContextJson   {@code Lambda-Runtime-Client-Context}, or {@code null}
 * @param cognitoIdentityJson {@code Lambda-Runtime-Cognito-Identity}, or {@code null}
 * @param tenantId            {@code Lambda-Runtime-Aws-Tenant-Id}, or {@code null}
 */
record NextInvocation(String requestId, byte[] payload, long deadlineEpochMs, String invokedFunctionArn, String traceId,
                      String clientContextJson, String cognitoIdentityJson, String tenantId)
        implements LambdaContext.Invocation {
}
