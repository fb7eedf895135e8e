package dev.lambdaharness.core.internal.inprocess;

import com.amazonaws.services.lambda.runtime.Client;
import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.RuntimeClock;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code Context} of one invocation, filled as the runtime interface client fills it from the
 * Runtime API's headers and the environment's variables.
 */
final class InvocationContext implements Context {

    private static final ObjectMapper JSON = new ObjectMapper();

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
        this.identity = cognitoIdentityJson == null ? null : identity(cognitoIdentityJson);
        this.clientContext = clientContextJson == null ? null : clientContext(clientContextJson);
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

    private static CognitoIdentity identity(String json) {
        JsonNode node = parse(json, "Cognito identity");
        String id = text(node, "cognitoIdentityId");
        String pool = text(node, "cognitoIdentityPoolId");
        return new CognitoIdentity() {
            @Override
            public String getIdentityId() {
                return id;
            }

            @Override
            public String getIdentityPoolId() {
                return pool;
            }
        };
    }

    private static ClientContext clientContext(String json) {
        JsonNode node = parse(json, "client context");
        JsonNode client = node.path("client");
        Client theClient = client.isObject() ? new Client() {
            @Override
            public String getInstallationId() {
                return text(client, "installation_id");
            }

            @Override
            public String getAppTitle() {
                return text(client, "app_title");
            }

            @Override
            public String getAppVersionName() {
                return text(client, "app_version_name");
            }

            @Override
            public String getAppVersionCode() {
                return text(client, "app_version_code");
            }

            @Override
            public String getAppPackageName() {
                return text(client, "app_package_name");
            }
        } : null;
        Map<String, String> custom = strings(node.path("custom"));
        Map<String, String> env = strings(node.path("env"));
        return new ClientContext() {
            @Override
            public Client getClient() {
                return theClient;
            }

            @Override
            public Map<String, String> getCustom() {
                return custom;
            }

            @Override
            public Map<String, String> getEnvironment() {
                return env;
            }
        };
    }

    private static JsonNode parse(String json, String what) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("The " + what + " is not JSON: " + json
                    + ". Give a JSON object as the Invoke API would decode it.", e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Map<String, String> strings(JsonNode node) {
        if (!node.isObject()) {
            return null;
        }
        Map<String, String> map = new LinkedHashMap<>();
        node.properties().forEach(e -> map.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().asText()));
        return Collections.unmodifiableMap(map);
    }
}
