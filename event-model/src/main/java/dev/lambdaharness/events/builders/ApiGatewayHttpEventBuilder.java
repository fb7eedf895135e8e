package dev.lambdaharness.events.builders;

import dev.lambdaharness.internal.jackson.databind.JsonNode;
import dev.lambdaharness.internal.jackson.databind.node.ObjectNode;
import dev.lambdaharness.events.internal.Checks;
import dev.lambdaharness.events.internal.Ids;
import dev.lambdaharness.events.internal.Json;
import dev.lambdaharness.events.internal.NameValues;
import dev.lambdaharness.events.internal.Wire;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An API Gateway HTTP API request (payload format 2.0): lower-case headers with repeated ones
 * joined by commas, cookies in {@code cookies} (HTTP APIs take them out of the headers), the raw
 * query string with repeated parameters joined by commas in {@code queryStringParameters}, path
 * parameters matched from the {@link #route(String) route}, a named stage's prefix in
 * {@code rawPath}, and {@code time} and {@code timeEpoch} of the same instant. A JWT
 * authorizer's claims and scopes, or a Lambda authorizer's context, go in
 * {@code requestContext.authorizer}.
 *
 * <pre>{@code
 * EventPayload post = Events.apiGatewayHttp().route("POST /carts/{cartId}/items").path("/carts/c-9/items")
 *         .cookie("session", "s-1")
 *         .jwtClaims(Map.of("sub", "user-7", "scope", "cart.write"))
 *         .jsonBody(Map.of("sku", "A-1", "qty", 2))
 *         .build();
 * }</pre>
 */
public final class ApiGatewayHttpEventBuilder extends ApiGatewayEventBuilder<ApiGatewayHttpEventBuilder> {

    private RouteKey routeKey = RouteKey.DEFAULT;
    private NameValues cookies = NameValues.empty();
    private Map<String, String> jwtClaims;
    private List<String> jwtScopes = List.of();
    private String lambdaContext;

    /** A builder for {@code GET /} on the {@code $default} route and stage; {@link dev.lambdaharness.events.Events#apiGatewayHttp()} is the usual way in. */
    public ApiGatewayHttpEventBuilder() {
        super("$default");
    }

    /**
     * @param routeKey {@code $default} (the default) or {@code METHOD /path}, such as
     *     {@code GET /orders/{id}} or {@code ANY /{proxy+}}; its method is the request's unless
     *     {@link #method(String)} says otherwise, and path parameters are taken from the path by it
     * @return a builder for a request that matched that route
     */
    public ApiGatewayHttpEventBuilder route(String routeKey) {
        RouteKey route = RouteKey.of(routeKey);
        return with(b -> b.routeKey = route);
    }

    /**
     * @param name cookie name
     * @param value cookie value
     * @return a builder for a request with that cookie in {@code cookies}
     */
    public ApiGatewayHttpEventBuilder cookie(String name, String value) {
        Checks.text("cookie name", name);
        Checks.present("cookie value", value);
        return with(b -> b.cookies = b.cookies.with(name, value));
    }

    /**
     * @param claims the JWT's claims as a JWT authorizer passes them, values as strings
     * @return a builder for a request a JWT authorizer let through
     */
    public ApiGatewayHttpEventBuilder jwtClaims(Map<String, String> claims) {
        Map<String, String> copy = new LinkedHashMap<>(Checks.present("claims", claims));
        return with(b -> b.jwtClaims = copy);
    }

    /**
     * @param scopes the JWT's scopes
     * @return a builder whose JWT authorizer passes those scopes
     */
    public ApiGatewayHttpEventBuilder jwtScopes(String... scopes) {
        List<String> copy = List.of(scopes);
        return with(b -> b.jwtScopes = copy);
    }

    /**
     * @param context what a Lambda authorizer returned as its {@code context}
     * @return a builder for a request a Lambda authorizer let through
     */
    public ApiGatewayHttpEventBuilder lambdaAuthorizerContext(Map<String, ?> context) {
        String json = Json.text(Checks.present("context", context));
        return with(b -> b.lambdaContext = json);
    }

    @Override
    Object api() {
        return List.of(routeKey, cookies, String.valueOf(jwtClaims), jwtScopes, String.valueOf(lambdaContext));
    }

    @Override
    JsonNode json(Wire wire) {
        String method = routeKey.methodOf(this);
        NameValues parameters = pathParameters(routeKey.parametersOf(path()));
        Ids ids = wire.ids();
        String apiId = apiId(ids);
        String domain = domain(apiId, wire);
        String rawPath = stagedPath();
        HttpV2Payload.Gateway gateway = new HttpV2Payload.Gateway(method, wire.account(), apiId, domain,
                ids.alphanumeric(15) + "=", routeKey.key(), stage(), rawPath,
                headers().after(forwardedHeaders(wire, domain)), false, parameters, stageVariables(), authorizer());
        return HttpV2Payload.request(this, cookies, gateway, wire);
    }

    private ObjectNode authorizer() {
        if (jwtClaims == null && jwtScopes.isEmpty() && lambdaContext == null) {
            return null;
        }
        ObjectNode authorizer = Json.object();
        if (jwtClaims != null || !jwtScopes.isEmpty()) {
            ObjectNode jwt = authorizer.putObject("jwt");
            jwt.set("claims", Json.strings(jwtClaims == null ? Map.of() : jwtClaims));
            jwt.set("scopes", jwtScopes.isEmpty() ? null : Json.strings(jwtScopes));
        }
        if (lambdaContext != null) {
            authorizer.set("lambda", Json.parse(lambdaContext, "context"));
        }
        return authorizer;
    }
}
