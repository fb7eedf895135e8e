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
public final class ApiGatewayRestEventBuilder extends ApiGatewayEventBuilder<ApiGatewayRestEventBuilder> {

    private String resource;
    private Map<String, String> claims;

    /** A builder for {@code GET /} on stage {@code prod}; {@link dev.lambdaharness.events.Events#apiGatewayRest()} is the usual way in. */
    public ApiGatewayRestEventBuilder() {
        super("prod");
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
     * @param claims the token's claims, as a Cognito user pool authorizer passes them in
     *     {@code requestContext.authorizer.claims}
     * @return a builder for an authorized request
     */
    public ApiGatewayRestEventBuilder claims(Map<String, String> claims) {
        Map<String, String> copy = new LinkedHashMap<>(Checks.present("claims", claims));
        return with(b -> b.claims = copy);
    }

    @Override
    Object api() {
        return List.of(String.valueOf(resource), String.valueOf(claims));
    }

    @Override
    JsonNode json(Wire wire) {
        Ids ids = wire.ids();
        String apiId = apiId(ids);
        String domain = domain(apiId, wire);
        String template = resource == null ? path() : resource;
        NameValues parameters = pathParameters(NameValues.of(PathTemplates.match(template, path())));
        Instant now = wire.now();
        // A resource keeps its id and a stage its deployment for the API's lifetime: both derive from the API.
        Ids ofTheApi = Ids.seededBy(apiId, template);

        ObjectNode event = Json.object();
        event.put("resource", template);
        event.put("path", path());
        event.put("httpMethod", method());
        HttpV1Payload.headersAndQuery(event, headers().after(forwardedHeaders(wire, domain)), query());
        event.set("pathParameters", HttpV1Payload.single(parameters));
        event.set("stageVariables", HttpV1Payload.single(stageVariables()));
        ObjectNode context = event.putObject("requestContext");
        context.put("resourceId", ofTheApi.lowerAlphanumeric(6));
        context.put("resourcePath", template);
        context.put("httpMethod", method());
        context.put("extendedRequestId", ids.alphanumeric(15) + "=");
        context.put("requestTime", Timestamps.apiGateway(now));
        context.put("path", "/" + stage() + path());
        context.put("accountId", wire.account());
        context.put("protocol", "HTTP/1.1");
        context.put("stage", stage());
        context.put("domainPrefix", apiId);
        context.put("requestTimeEpoch", now.toEpochMilli());
        context.put("requestId", ids.uuid());
        context.set("identity", HttpV1Payload.identity(HttpV1Payload.REST_IDENTITY, this));
        context.put("domainName", domain);
        context.put("deploymentId", Ids.seededBy(apiId, stage()).lowerAlphanumeric(6));
        context.put("apiId", apiId);
        if (claims != null) {
            context.putObject("authorizer").set("claims", Json.strings(claims));
        }
        event.put("body", body());
        event.put("isBase64Encoded", isBase64Encoded());
        return event;
    }
}
