package dev.lambdaharness.core.template;

import java.util.Optional;

/**
 * An API Gateway route that invokes the function, as a SAM {@code Api} (REST API, payload 1.0) or
 * {@code HttpApi} (HTTP API, payload 2.0) event declares it.
 *
 * <pre>{@code
 * HttpRoute route = template.function("OrdersFunction").httpRoutes().get(0);
 * route.method(); // POST
 * route.path();   // /orders
 * }</pre>
 *
 * @param id the event's name
 * @param type {@code Api} or {@code HttpApi}
 * @param method the HTTP method, upper case, {@code ANY} for every method
 * @param path the path, with {@code {parameters}}; {@code $default} for an HTTP API's default route
 * @param api the logical id of the API resource the route belongs to, empty for SAM's implicit API
 * @param payloadFormatVersion the payload format of the route's integration: {@code 1.0} for an
 *     {@code Api}; for an {@code HttpApi} its {@code PayloadFormatVersion}, {@code 2.0} by default
 */
public record HttpRoute(String id, String type, String method, String path, Optional<String> api,
        String payloadFormatVersion) {

    /** The payload format SAM gives an {@code HttpApi} event without {@code PayloadFormatVersion}. */
    public static final String DEFAULT_HTTP_API_PAYLOAD_FORMAT = "2.0";

    /** A route with the payload format its type has by default: 1.0 for {@code Api}, 2.0 for {@code HttpApi}. */
    public HttpRoute(String id, String type, String method, String path, Optional<String> api) {
        this(id, type, method, path, api, type.equals("Api") ? "1.0" : DEFAULT_HTTP_API_PAYLOAD_FORMAT);
    }
}
