package dev.lambdaharness.events.builders;

import dev.lambdaharness.events.internal.Json;
import dev.lambdaharness.events.internal.NameValues;
import dev.lambdaharness.internal.jackson.databind.JsonNode;
import dev.lambdaharness.internal.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Payload format 1.0, which REST APIs and HTTP APIs (with that format) share: headers and query
 * parameters both single-valued (a name's last value) and multi-valued, side by side, the
 * client's identity in {@code requestContext.identity}, and absent parts {@code null}.
 */
final class HttpV1Payload {

    /** The identity's keys in the order REST APIs write them. */
    static final List<String> REST_IDENTITY = List.of("cognitoIdentityPoolId", "accountId", "cognitoIdentityId", "caller",
            "sourceIp", "principalOrgId", "accessKey", "cognitoAuthenticationType", "cognitoAuthenticationProvider",
            "userArn", "userAgent", "user");

    /** The identity's keys in the order HTTP APIs write them (the API Gateway developer guide's 1.0 example). */
    static final List<String> HTTP_API_IDENTITY = List.of("accessKey", "accountId", "caller",
            "cognitoAuthenticationProvider", "cognitoAuthenticationType", "cognitoIdentityId", "cognitoIdentityPoolId",
            "principalOrgId", "sourceIp", "user", "userAgent", "userArn");

    private HttpV1Payload() {
    }

    /** Puts {@code headers}, {@code multiValueHeaders}, {@code queryStringParameters} and {@code multiValueQueryStringParameters}. */
    static void headersAndQuery(ObjectNode event, NameValues headers, NameValues query) {
        event.set("headers", single(headers));
        event.set("multiValueHeaders", multi(headers));
        event.set("queryStringParameters", single(query));
        event.set("multiValueQueryStringParameters", multi(query));
    }

    /** @return the client's identity, every key {@code null} but its address and user agent */
    static ObjectNode identity(List<String> order, HttpEventBuilder<?> request) {
        ObjectNode identity = Json.object();
        for (String key : order) {
            switch (key) {
                case "sourceIp" -> identity.put(key, request.sourceIp());
                case "userAgent" -> identity.put(key, request.userAgent());
                default -> identity.putNull(key);
            }
        }
        return identity;
    }

    /** @return each name with its last value, or {@code null} when there are none */
    static JsonNode single(NameValues values) {
        return values.isEmpty() ? null : Json.strings(values.last());
    }

    private static JsonNode multi(NameValues values) {
        if (values.isEmpty()) {
            return null;
        }
        ObjectNode out = Json.object();
        values.all().forEach((name, all) -> out.set(name, Json.strings(all)));
        return out;
    }
}
