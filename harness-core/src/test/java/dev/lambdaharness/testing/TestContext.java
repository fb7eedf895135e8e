package dev.lambdaharness.testing;

import com.amazonaws.services.lambda.runtime.Client;
import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The invocation context handed to handlers in these tests: fixed values, and an optional client
 * context whose {@code env} map decides the serialiser platform.
 */
public final class TestContext implements Context {

    private final String requestId;
    private final ClientContext clientContext;

    private TestContext(String requestId, ClientContext clientContext) {
        this.requestId = requestId;
        this.clientContext = clientContext;
    }

    /** @return a context without client context */
    public static TestContext plain() {
        return new TestContext("req-1", null);
    }

    /** @return a context whose client context says {@code env.platform = platform} */
    public static TestContext fromPlatform(String platform) {
        Map<String, String> environment = Map.of("platform", platform);
        return new TestContext("req-1", new ClientContext() {
            @Override
            public Client getClient() {
                return null;
            }

            @Override
            public Map<String, String> getCustom() {
                return Map.of();
            }

            @Override
            public Map<String, String> getEnvironment() {
                return environment;
            }
        });
    }

    @Override
    public String getAwsRequestId() {
        return requestId;
    }

    @Override
    public String getLogGroupName() {
        return "/aws/lambda/probe";
    }

    @Override
    public String getLogStreamName() {
        return "2024/01/02/[$LATEST]0123456789abcdef";
    }

    @Override
    public String getFunctionName() {
        return "probe";
    }

    @Override
    public String getFunctionVersion() {
        return "$LATEST";
    }

    @Override
    public String getInvokedFunctionArn() {
        return "arn:aws:lambda:us-east-1:123456789012:function:probe";
    }

    @Override
    public CognitoIdentity getIdentity() {
        return null;
    }

    @Override
    public ClientContext getClientContext() {
        return clientContext;
    }

    @Override
    public int getRemainingTimeInMillis() {
        return 60_000;
    }

    @Override
    public int getMemoryLimitInMB() {
        return 512;
    }

    @Override
    public LambdaLogger getLogger() {
        return new LambdaLogger() {
            @Override
            public void log(String message) {
                System.out.print(message);
            }

            @Override
            public void log(byte[] message) {
                System.out.print(new String(message, StandardCharsets.UTF_8));
            }
        };
    }
}
