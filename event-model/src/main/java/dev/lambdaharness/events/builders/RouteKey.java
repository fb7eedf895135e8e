package dev.lambdaharness.events.builders;

import dev.lambdaharness.events.internal.Checks;
import dev.lambdaharness.events.internal.NameValues;
import dev.lambdaharness.events.internal.PathTemplates;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HTTP API route key, {@code $default} or a method ({@code ANY} for all) and a path template,
 * as both payload formats of HTTP APIs carry it.
 */
record RouteKey(String key, String method, String template) {

    static final RouteKey DEFAULT = new RouteKey("$default", null, null);

    private static final Pattern ROUTE = Pattern.compile("(ANY|GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) (/\\S*)");

    /** @throws IllegalArgumentException naming the key and the fix when it is none */
    static RouteKey of(String key) {
        Checks.text("route", key);
        if (key.equals("$default")) {
            return DEFAULT;
        }
        Matcher route = ROUTE.matcher(key);
        if (!route.matches()) {
            throw new IllegalArgumentException("route \"" + key + "\" is not an HTTP API route key. "
                    + "Pass \"$default\" or a method and path, such as \"GET /orders/{id}\".");
        }
        return new RouteKey(key, route.group(1), route.group(2));
    }

    /** @return the request's method: the one given, else the route's own, else {@code GET} */
    String methodOf(HttpEventBuilder<?> request) {
        return request.methodOr(method == null || method.equals("ANY") ? "GET" : method);
    }

    /** @return the path parameters the route's template takes from {@code path} */
    NameValues parametersOf(String path) {
        return template == null ? NameValues.empty() : NameValues.of(PathTemplates.match(template, path));
    }

    /** @return the route's path template, or {@code $default} */
    String resource() {
        return template == null ? key : template;
    }

    @Override
    public String toString() {
        return key;
    }
}
