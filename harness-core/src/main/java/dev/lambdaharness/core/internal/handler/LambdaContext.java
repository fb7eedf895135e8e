package dev.lambdaharness.core.internal.handler;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.util.function.LongSupplier;

/**
 * The {@code Context} a handler gets, in-process and from the harness's runtime client alike, filled
 * as the runtime interface client fills it: the function's figures from the environment variables
 * Lambda sets, the invocation's from the headers of the Runtime API's {@code next} answer. It
 * depends on the runtime's libraries and this package alone, so a forked child loads it without
 * the harness's configuration types.
 *
 * <pre>{@code
 * Context context = new LambdaContext(function, invocation, System::currentTimeMillis, logger);
 * int left = context.getRemainingTimeInMillis();
 * }</pre>
 */
public final class LambdaContext implements Context {

    private final Function function;
    private final Invocation invocation;
    private final LongSupplier clock;
    private final LambdaLogger logger;
    private final CognitoIdentity identity;
    private final ClientContext clientContext;

    /**
     * The context of one invocation.
     *
     * @param clock the epoch milliseconds the deadline is on, for {@link #getRemainingTimeInMillis()}
     */
    public LambdaContext(Function function, Invocation invocation, LongSupplier clock, LambdaLogger logger) {
        this.function = function;
        this.invocation = invocation;
        this.clock = clock;
        this.logger = logger;
        // Only when present: parsing them loads a JSON library a start without them need not load.
        this.identity = invocation.cognitoIdentityJson() == null ? null
                : ContextHeaders.identity(invocation.cognitoIdentityJson());
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
        long remaining = invocation.deadlineEpochMs() - clock.getAsLong();
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

    /** What a context tells of the function: the {@code AWS_LAMBDA_*} variables, read once per environment. */
    public interface Function {

        /** {@code AWS_LAMBDA_FUNCTION_NAME}. */
        String functionName();

        /** {@code AWS_LAMBDA_FUNCTION_VERSION}. */
        String functionVersion();

        /** {@code AWS_LAMBDA_FUNCTION_MEMORY_SIZE}. */
        int memoryLimitMb();

        /** {@code AWS_LAMBDA_LOG_GROUP_NAME}. */
        String logGroupName();

        /** {@code AWS_LAMBDA_LOG_STREAM_NAME}. */
        String logStreamName();
    }

    /** What a context tells of the invocation: the {@code Lambda-Runtime-*} headers of its {@code next} answer. */
    public interface Invocation {

        /** {@code Lambda-Runtime-Aws-Request-Id}. */
        String requestId();

        /** {@code Lambda-Runtime-Deadline-Ms}, on the clock the context is given. */
        long deadlineEpochMs();

        /** {@code Lambda-Runtime-Invoked-Function-Arn}. */
        String invokedFunctionArn();

        /** {@code Lambda-Runtime-Trace-Id}, or {@code null}. */
        String traceId();

        /** {@code Lambda-Runtime-Client-Context}, or {@code null}. */
        String clientContextJson();

        /** {@code Lambda-Runtime-Cognito-Identity}, or {@code null}. */
        String cognitoIdentityJson();

        /** {@code Lambda-Runtime-Aws-Tenant-Id}, or {@code null}. */
        String tenantId();
    }
}
