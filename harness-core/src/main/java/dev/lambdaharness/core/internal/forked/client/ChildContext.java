package dev.lambdaharness.core.internal.forked.client;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import dev.lambdaharness.core.internal.handler.ContextHeaders;

/**
 * The {@code Context} the harness's runtime client hands a handler: the function's figures from
 * the environment variables (read once, at start, as the runtime interface client reads them),
 * the invocation's from the headers of its {@code next} answer.
 */
final class ChildContext implements Context {

    private final FunctionFacts function;
    private final NextInvocation invocation;
    private final LambdaLogger logger;
    private final CognitoIdentity identity;
    private final ClientContext clientContext;

    ChildContext(FunctionFacts function, NextInvocation invocation, LambdaLogger logger) {
        this.function = function;
        this.invocation = invocation;
        this.logger = logger;
        // Only when present: parsing them loads a JSON library a start without them need not load.
        this.identity = invocation.cognitoIdentityJson() == null ? null : ContextHeaders.identity(invocation.cognitoIdentityJson());
        this.clientContext = invocation.clientContextJson() == null ? null
                : ContextHeaders.clientContext(invocation.clientContextJson());
    }

    @Override
    public String getAwsRequestId() {
        return invocation.requestId();
    }

    @Override
    public String getLogGroupName() {
        return function.logGroupName();
    }

    @Override
    public String getLogStreamName() {
        return function.logStreamName();
    }

    @Override
    public String getFunctionName() {
        return function.functionName();
    }

    @Override
    public String getFunctionVersion() {
        return function.functionVersion();
    }

    @Override
    public String getInvokedFunctionArn() {
        return invocation.invokedFunctionArn();
    }

    @Override
    public CognitoIdentity getIdentity() {
        return identity;
    }

    @Override
    public ClientContext getClientContext() {
        return clientContext;
    }

    @Override
    public int getRemainingTimeInMillis() {
        long remaining = invocation.deadlineEpochMs() - System.currentTimeMillis();
        return remaining > 0 ? (int) remaining : 0;
    }

    @Override
    public int getMemoryLimitInMB() {
        return function.memoryLimitMb();
    }

    @Override
    public LambdaLogger getLogger() {
        return logger;
    }

    @Override
    public String getTenantId() {
        return invocation.tenantId();
    }

    @Override
    public String getXrayTraceId() {
        return invocation.traceId();
    }
}
