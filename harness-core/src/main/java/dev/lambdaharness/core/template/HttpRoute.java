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
 */
public record HttpRoute(String id, String type, String method, String path, Optional<String> api) {
}
