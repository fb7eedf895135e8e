package dev.lambdaharness.events.builders;

import dev.lambdaharness.internal.jackson.databind.JsonNode;
import dev.lambdaharness.internal.jackson.databind.node.ObjectNode;
import dev.lambdaharness.events.internal.Checks;
import dev.lambdaharness.events.internal.Ids;
import dev.lambdaharness.events.internal.Json;
import dev.lambdaharness.events.internal.NameValues;
import dev.lambdaharness.events.internal.PathTemplates;
import dev.lambdaharness.events.internal.Timestamps;
import dev.lambdaharness.events.internal.Wire;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An API Gateway REST API proxy integration request (payload format 1.0): single- and
 * multi-value headers and query parameters side by side (the single-value maps keep a name's last
 * value), path parameters matched from the {@link #resource(String) resource} template, stage
 * variables, and a request context whose {@code requestTime} and {@code requestTimeEpoch} are the
 * same instant. Absent parts are {@code null}, as API Gateway sends them.
 *
 * <pre>{@code
 * EventPayload get = Events.apiGatewayRest().resource("/orders/{id}").path("/orders/42")
 *         .header("Accept", "application/json")
 *         .claims(Map.of("sub", "7d8e...", "email", "jane@example.com"))
 *         .build();
 * }</pre>
 */
public final class ApiGatewayRestEventBuilder extends HttpEventBuilder<ApiGatewayRestEventBuilder> {

    private String resource;
    private String stage = "prod";
    private NameValues pathParameters = NameValues.empty();
    private NameValues stageVariables = NameValues.empty();
    private Map<String, String> claims;

    /** A builder for {@code GET /} on stage {@code prod}; {@link dev.lambdaharness.events.Events#apiGatewayRest()} is the usual way in. */
    public ApiGatewayRestEventBuilder() {
    }

    /**
     * @param template the API resource the request matched, such as {@code /orders/{id}} or
     *     {@code /{proxy+}}; path parameters are taken from the path by it
     * @return a builder for a request to that resource (by default the path itself)
     */
    public ApiGatewayRestEventBuilder resource(String template) {
        Checks.text("resource", template);
        return with(b -> b.resource = template);
    }

    /**
     * @param name the deployment stage
     * @return a builder for a request on that stage (default {@code prod})
     */
    public ApiGatewayRestEventBuilder stage(String name) {
        Checks.text("stage", name);
        return with(b -> b.stage = name);
    }

    /**
     * @param name path parameter name
     * @param value its value, overriding what the resource template matched
     * @return a builder with that path parameter
     */
    public ApiGatewayRestEventBuilder pathParameter(String name, String value) {
        Checks.text("path parameter name", name);
        Checks.present("path parameter value", value);
        return with(b -> b.pathParameters = b.pathParameters.without(name).with(name, value));
    }

    /**
     * @param name stage variable name
     * @param value its value
     * @return a builder with that stage variable
     */
    public ApiGatewayRestEventBuilder stageVariable(String name, String value) {
        Checks.text("stage variable name", name);
        Checks.present("stage variable value", value);
        return with(b -> b.stageVariables = b.stageVariables.without(name).with(name, value));
    }

    /**
     * @param claims the token's claims, as a Cognito user pool authorizer passes them in
     *     {@code requestContext.authorizer.claims}
     * @return a builder for an authorized request
     */
    public ApiGatewayRestEventBuilder claims(Map<String, String> claims) {
        Map<String, String> copy = new LinkedHashMap<>(Checks.present("claims", claims));
        return with(b -> b.claims = copy);
    }

    @Override
    Object more() {
        return List.of(String.valueOf(resource), stage, pathParameters, stageVariables, String.valueOf(claims));
    }

    @Override
    JsonNode json(Wire wire) {
        Ids ids = wire.ids();
        String apiId = ids.lowerAlphanumeric(10);
        String domain = apiId + ".execute-api." + wire.region() + "." + wire.dnsSuffix();
        String template = resource == null ? path() : resource;
        NameValues parameters = pathParameters.after(NameValues.of(PathTemplates.match(template, path())));
        NameValues headers = headers().after(forwardedHeaders(wire, domain));
        Instant now = wire.now();

        ObjectNode event = Json.object();
        event.put("resource", template);
        event.put("path", path());
        event.put("httpMethod", method());
        event.set("headers", headers.isEmpty() ? null : Json.strings(headers.last()));
        event.set("multiValueHeaders", multi(headers));
        event.set("queryStringParameters", query().isEmpty() ? null : Json.strings(query().last()));
        event.set("multiValueQueryStringParameters", multi(query()));
        event.set("pathParameters", parameters.isEmpty() ? null : Json.strings(parameters.last()));
        event.set("stageVariables", stageVariables.isEmpty() ? null : Json.strings(stageVariables.last()));
        ObjectNode context = event.putObject("requestContext");
        context.put("resourceId", ids.lowerAlphanumeric(6));
        context.put("resourcePath", template);
        context.put("httpMethod", method());
        context.put("extendedRequestId", ids.alphanumeric(15) + "=");
        context.put("requestTime", Timestamps.apiGateway(now));
        context.put("path", "/" + stage + path());
        context.put("accountId", wire.account());
        context.put("protocol", "HTTP/1.1");
        context.put("stage", stage);
        context.put("domainPrefix", apiId);
        context.put("requestTimeEpoch", now.toEpochMilli());
        context.put("requestId", ids.uuid());
        context.set("identity", identity());
        context.put("domainName", domain);
        context.put("deploymentId", ids.lowerAlphanumeric(6));
        context.put("apiId", apiId);
        if (claims != null) {
            context.putObject("authorizer").set("claims", Json.strings(claims));
        }
        event.put("body", body());
        event.put("isBase64Encoded", isBase64Encoded());
        return event;
    }

    private ObjectNode identity() {
        ObjectNode identity = Json.object();
        for (String key : List.of("cognitoIdentityPoolId", "accountId", "cognitoIdentityId", "caller")) {
            identity.putNull(key);
        }
        identity.put("sourceIp", sourceIp());
        for (String key : List.of("principalOrgId", "accessKey", "cognitoAuthenticationType",
                "cognitoAuthenticationProvider", "userArn")) {
            identity.putNull(key);
        }
        identity.put("userAgent", userAgent());
        identity.putNull("user");
        return identity;
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
