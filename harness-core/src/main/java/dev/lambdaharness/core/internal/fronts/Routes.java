package dev.lambdaharness.core.internal.fronts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HTTP API's routes, matched as the service matches them: the most specific path first (literal
 * segments before path parameters before a greedy {@code {proxy+}}), a route's own method before
 * {@code ANY}, and {@code $default} when nothing else matches.
 *
 * <pre>{@code
 * Routes<LambdaFunction> routes = new Routes<>(Map.of("GET /orders/{id}", orders, "$default", fallback));
 * Optional<Routes.Match<LambdaFunction>> match = routes.match("GET", "/orders/7");   // "GET /orders/{id}"
 * }</pre>
 *
 * @param <T> what a route leads to
 */
public final class Routes<T> {

    /** A route key as HTTP APIs write them. */
    public static final Pattern ROUTE_KEY = Pattern.compile("(ANY|GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) (/\\S*)");

    /** The route that matched and what it leads to. */
    public record Match<T>(String routeKey, T target) {
    }

    private record Route<T>(String key, String method, String path, T target) {
    }

    private final List<Route<T>> routes = new ArrayList<>();
    private final T fallback;

    /** @param byKey targets by route key; {@code $default} is the fallback */
    public Routes(Map<String, T> byKey) {
        T orElse = null;
        for (Map.Entry<String, T> entry : byKey.entrySet()) {
            if (entry.getKey().equals("$default")) {
                orElse = entry.getValue();
                continue;
            }
            Matcher key = ROUTE_KEY.matcher(entry.getKey());
            if (!key.matches()) {
                throw new IllegalArgumentException("Route \"" + entry.getKey() + "\" is not an HTTP API route key."
                        + " Give \"$default\" or a method and path, such as \"GET /orders/{id}\" or \"ANY /{proxy+}\".");
            }
            routes.add(new Route<>(entry.getKey(), key.group(1), key.group(2), entry.getValue()));
        }
        routes.sort(Comparator.comparingInt((Route<T> r) -> specificity(r.path())).reversed()
                .thenComparing(r -> r.method().equals("ANY")));
        this.fallback = orElse;
    }

    /** The route this request takes, if any. */
    public Optional<Match<T>> match(String method, String path) {
        for (Route<T> route : routes) {
            if ((route.method().equals("ANY") || route.method().equals(method)) && matches(route.path(), path)) {
                return Optional.of(new Match<>(route.key(), route.target()));
            }
        }
        return Optional.ofNullable(fallback).map(target -> new Match<>("$default", target));
    }

    /** The route keys, most specific first, {@code $default} last. */
    public List<String> keys() {
        List<String> keys = new ArrayList<>(routes.stream().map(Route::key).toList());
        if (fallback != null) {
            keys.add("$default");
        }
        return keys;
    }

    /** As the event builders take path parameters: a greedy parameter, last, takes one segment or more. */
    private static boolean matches(String template, String path) {
        String[] patterns = segments(template);
        String[] parts = segments(path);
        for (int i = 0; i < patterns.length; i++) {
            boolean parameter = patterns[i].startsWith("{") && patterns[i].endsWith("}");
            if (parameter && patterns[i].endsWith("+}") && i == patterns.length - 1) {
                return parts.length > i;
            }
            if (i >= parts.length || !parameter && !patterns[i].equals(parts[i])) {
                return false;
            }
        }
        return parts.length == patterns.length;
    }

    private static String[] segments(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        return trimmed.isEmpty() ? new String[0] : trimmed.split("/", -1);
    }

    /** Literal segments count most, then parameters; a greedy parameter least, and more segments win ties. */
    private static int specificity(String template) {
        int score = 0;
        for (String segment : template.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            score += segment.endsWith("+}") ? 1 : segment.startsWith("{") ? 100 : 10_000;
        }
        return score;
    }
}
