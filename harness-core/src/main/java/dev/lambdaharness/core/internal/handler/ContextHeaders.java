package dev.lambdaharness.core.internal.handler;

import com.amazonaws.services.lambda.runtime.Client;
import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import dev.lambdaharness.internal.jackson.databind.JsonNode;
import dev.lambdaharness.internal.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code Context} parts the runtime interface client reads from the JSON of the Runtime API's
 * {@code Lambda-Runtime-Cognito-Identity} and {@code Lambda-Runtime-Client-Context} headers, with
 * the field names it reads ({@code cognitoIdentityId}; {@code client.installation_id},
 * {@code custom}, {@code env}...).
 *
 * <pre>{@code
 * ClientContext clientContext = ContextHeaders.clientContext("{\"env\":{\"platform\":\"Android\"}}");
 * }</pre>
 */
public final class ContextHeaders {

    private ContextHeaders() {
    }

    /** The identity of a {@code Lambda-Runtime-Cognito-Identity} header; {@code null} for none. */
    public static CognitoIdentity identity(String json) {
        if (json == null) {
            return null;
        }
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

    /** The client context of a {@code Lambda-Runtime-Client-Context} header; {@code null} for none. */
    public static ClientContext clientContext(String json) {
        if (json == null) {
            return null;
        }
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
            return Json.MAPPER.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("The " + what + " is not JSON: " + json
                    + ". Give a JSON object as the Invoke API would decode it.", e);
        }
    }

    /** Created on first use: a runtime client starting without these headers need not load Jackson. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
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
