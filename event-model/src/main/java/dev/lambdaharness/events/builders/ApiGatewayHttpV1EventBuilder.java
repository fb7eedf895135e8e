package dev.lambdaharness.events.builders;

import dev.lambdaharness.events.internal.Ids;
import dev.lambdaharness.events.internal.Json;
import dev.lambdaharness.events.internal.NameValues;
import dev.lambdaharness.events.internal.Timestamps;
import dev.lambdaharness.events.internal.Wire;
import dev.lambdaharness.internal.jackson.databind.JsonNode;
import dev.lambdaharness.internal.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;

/**
 * An API Gateway HTTP API request in payload format 1.0, the format of an integration whose
 * {@code payloadFormatVersion} is {@code 1.0}: a REST API's proxy event in shape ({@code resource},
 * {@code path}, single- and multi-value headers and query parameters side by side, {@code null}
 * for absent parts) with {@code "version": "1.0"}, as the API Gateway developer guide's example
 * has it. The {@code resource} is the route's path, or {@code $default} for the {@code $default}
 * route; a named stage's prefix is in {@code path} and {@code requestContext.path}, as HTTP APIs
 * pass the path on in format 2.0's {@code rawPath} (UNCONFIRMED for format 1.0: the developer
 * guide's example shows only {@code $default}); the {@code Cookie} header stays a header.
 * aws-lambda-java-events reads it as {@code APIGatewayProxyRequestEvent}.
 *
 * <pre>{@code
 * EventPayload get = Events.apiGatewayHttpV1().route("GET /orders/{id}").path("/orders/42")
 *         .header("Accept", "application/json")
 *         .build();
 * }</pre>
 */
public final class ApiGatewayHttpV1EventBuilder extends ApiGatewayEventBuilder<ApiGatewayHttpV1EventBuilder> {

    private RouteKey routeKey = RouteKey.DEFAULT;

    /** A builder for {@code GET /} on the {@code $default} route and stage; {@link dev.lambdaharness.events.Events#apiGatewayHttpV1()} is the usual way in. */
    public ApiGatewayHttpV1EventBuilder() {
        super("$default");
    }

    /**
     * @param routeKey {@code $default} (the default) or {@code METHOD /path}, such as
     *     {@code GET /orders/{id}} or {@code ANY /{proxy+}}; its method is the request's unless
     *     {@link #method(String)} says otherwise, and path parameters are taken from the path by it
     * @return a builder for a request that matched that route
     */
    public ApiGatewayHttpV1EventBuilder route(String routeKey) {
        RouteKey route = RouteKey.of(routeKey);
        return with(b -> b.routeKey = route);
    }

    @Override
    Object api() {
        return List.of(routeKey);
    }

    @Override
    JsonNode json(Wire wire) {
        String method = routeKey.methodOf(this);
        String resource = routeKey.resource();
        NameValues parameters = pathParameters(routeKey.parametersOf(path()));
        Ids ids = wire.ids();
        String apiId = apiId(ids);
        String domain = domain(apiId, wire);
        String path = stagedPath();
        String requestId = ids.alphanumeric(15) + "=";
        Instant now = wire.now();

        ObjectNode event = Json.object();
        event.put("version", "1.0");
        event.put("resource", resource);
        event.put("path", path);
        event.put("httpMethod", method);
        HttpV1Payload.headersAndQuery(event, headers().after(forwardedHeaders(wire, domain)), query());
        ObjectNode context = event.putObject("requestContext");
        context.put("accountId", wire.account());
        context.put("apiId", apiId);
        ObjectNode authorizer = context.putObject("authorizer");
        authorizer.putNull("claims");
        authorizer.putNull("scopes");
        context.put("domainName", domain);
        context.put("domainPrefix", apiId);
        context.put("extendedRequestId", requestId);
        context.put("httpMethod", method);
        context.set("identity", HttpV1Payload.identity(HttpV1Payload.HTTP_API_IDENTITY, this));
        context.put("path", path);
        context.put("protocol", "HTTP/1.1");
        context.put("requestId", requestId);
        context.put("requestTime", Timestamps.apiGateway(now));
        context.put("requestTimeEpoch", now.toEpochMilli());
        context.putNull("resourceId");
        context.put("resourcePath", resource);
        context.put("stage", stage());
        event.set("pathParameters", HttpV1Payload.single(parameters));
        event.set("stageVariables", HttpV1Payload.single(stageVariables()));
        event.put("body", body());
        event.put("isBase64Encoded", isBase64Encoded());
        return event;
    }
}
