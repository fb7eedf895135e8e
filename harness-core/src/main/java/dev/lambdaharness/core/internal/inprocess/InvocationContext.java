package dev.lambdaharness.core.internal.inprocess;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.RuntimeClock;
import dev.lambdaharness.core.internal.handler.ContextHeaders;

/**
 * The {@code Context} of one invocation, filled as the runtime interface client fills it from the
 * Runtime API's headers and the environment's variables.
 */
final class InvocationContext implements Context {

    private final String requestId;
    private final FunctionConfig config;
    private final String logStreamName;
    private final String invokedFunctionArn;
    private final long deadlineEpochMs;
    private final RuntimeClock clock;
    private final LambdaLogger logger;
    private final CognitoIdentity identity;
    private final ClientContext clientContext;
    private final String traceId;
    private final String tenantId;

    InvocationContext(String requestId, FunctionConfig config, String logStreamName, long deadlineEpochMs,
            RuntimeClock clock, LambdaLogger logger, String cognitoIdentityJson, String clientContextJson,
            String traceId, String tenantId) {
        this.requestId = requestId;
        this.config = config;
        this.logStreamName = logStreamName;
        this.invokedFunctionArn = config.invokedFunctionArn();
        this.deadlineEpochMs = deadlineEpochMs;
        this.clock = clock;
        this.logger = logger;
        this.identity = ContextHeaders.identity(cognitoIdentityJson);
        this.clientContext = ContextHeaders.clientContext(clientContextJson);
        this.traceId = traceId;
        this.tenantId = tenantId;
    }

    @Override
    public String getAwsRequestId() {
        return requestId;
    }

    @Override
    public String getLogGroupName() {
        return config.logGroup();
    }

    @Override
    public String getLogStreamName() {
        return logStreamName;
    }

    @Override
    public String getFunctionName() {
        return config.functionName();
    }

    @Override
    public String getFunctionVersion() {
        return config.version();
    }

    @Override
    public String getInvokedFunctionArn() {
        return invokedFunctionArn;
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
        long remaining = deadlineEpochMs - clock.currentTimeMillis();
        return remaining > 0 ? (int) remaining : 0;
    }

    @Override
    public int getMemoryLimitInMB() {
        return config.memorySize();
    }

    @Override
    public LambdaLogger getLogger() {
        return logger;
    }

    @Override
    public String getTenantId() {
        return tenantId;
    }

    @Override
    public String getXrayTraceId() {
        return traceId;
    }
}
