package dev.lambdaharness.core.internal.handler;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The Context both isolations hand a handler: the facts it is given, the time left on its clock. */
class LambdaContextTest {

    private static final LambdaLogger LOGGER = new LambdaLogger() {
        @Override
        public void log(String message) {
        }

        @Override
        public void log(byte[] message) {
        }
    };

    private record Function(String functionName, String functionVersion, int memoryLimitMb, String logGroupName,
            String logStreamName) implements LambdaContext.Function {
    }

    private record Invocation(String requestId, long deadlineEpochMs, String invokedFunctionArn, String traceId,
            String clientContextJson, String cognitoIdentityJson, String tenantId) implements LambdaContext.Invocation {
    }

    private static final Function ORDERS = new Function("orders", "$LATEST", 512, "/aws/lambda/orders",
            "2026/11/22/[$LATEST]abc");

    @Test
    void tellsTheFunctionsAndTheInvocationsFacts() {
        LambdaContext context = new LambdaContext(ORDERS, new Invocation("id-1", 10_000,
                "arn:aws:lambda:us-east-1:123456789012:function:orders", "Root=1-abc", null,
                "{\"cognitoIdentityId\":\"us-east-1:42\",\"cognitoIdentityPoolId\":\"pool\"}", "tenant-a"),
                () -> 0, LOGGER);

        assertThat(context.getAwsRequestId()).isEqualTo("id-1");
        assertThat(context.getFunctionName()).isEqualTo("orders");
        assertThat(context.getFunctionVersion()).isEqualTo("$LATEST");
        assertThat(context.getMemoryLimitInMB()).isEqualTo(512);
        assertThat(context.getLogGroupName()).isEqualTo("/aws/lambda/orders");
        assertThat(context.getLogStreamName()).isEqualTo("2026/11/22/[$LATEST]abc");
        assertThat(context.getInvokedFunctionArn()).isEqualTo("arn:aws:lambda:us-east-1:123456789012:function:orders");
        assertThat(context.getXrayTraceId()).isEqualTo("Root=1-abc");
        assertThat(context.getTenantId()).isEqualTo("tenant-a");
        assertThat(context.getIdentity().getIdentityId()).isEqualTo("us-east-1:42");
        assertThat(context.getClientContext()).isNull();
        assertThat(context.getLogger()).isSameAs(LOGGER);
    }

    @Test
    void theRemainingTimeIsReadOnTheGivenClockAndNeverNegative() {
        AtomicLong now = new AtomicLong(9_000);
        LambdaContext context = new LambdaContext(ORDERS, new Invocation("id-1", 10_000, "arn", null, null, null, null),
                now::get, LOGGER);

        assertThat(context.getRemainingTimeInMillis()).isEqualTo(1_000);
        now.set(12_000);
        assertThat(context.getRemainingTimeInMillis()).isZero();
        assertThat(context.getIdentity()).isNull();
    }
}
