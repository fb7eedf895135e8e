package dev.lambdaharness.core;

import dev.lambdaharness.core.internal.fronts.Routes;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An API Gateway HTTP API in front of a runtime's functions ({@link LambdaRuntime#httpApi(HttpApiConfig)}):
 * its routes ({@code GET /orders/{id}}, {@code ANY /{proxy+}}, {@code $default}), each to a
 * function with a Lambda proxy integration of payload format 2.0, its stage and stage variables,
 * and how long it waits for a function (30 s, the most AWS allows).
 *
 * <pre>{@code
 * URI api = runtime.httpApi(HttpApiConfig.builder()
 *         .route("GET /orders/{id}", orders)
 *         .route("ANY /{proxy+}", fallback)
 *         .stage("prod").stageVariable("table", "orders-prod")
 *         .build());
 * HttpClient.newHttpClient().send(HttpRequest.newBuilder(api.resolve("prod/orders/7")).build(), ofString());
 * }</pre>
 */
public final class HttpApiConfig {

    /** The longest an HTTP API waits for an integration, and its default. */
    public static final Duration MAX_INTEGRATION_TIMEOUT = Duration.ofSeconds(30);

    private final Map<String, LambdaFunction> routes;
    private final String stage;
    private final Map<String, String> stageVariables;
    private final Duration integrationTimeout;

    private HttpApiConfig(Builder builder) {
        this.routes = Map.copyOf(builder.routes);
        this.stage = builder.stage;
        this.stageVariables = Map.copyOf(builder.stageVariables);
        this.integrationTimeout = builder.integrationTimeout;
    }

    /** A new, empty HTTP API: give it at least one route. */
    public static Builder builder() {
        return new Builder();
    }

    /** The functions by route key. */
    public Map<String, LambdaFunction> routes() {
        return routes;
    }

    /** The stage: {@code $default}, served at the root, or a name, served under {@code /<name>/}. */
    public String stage() {
        return stage;
    }

    /** The stage variables every event carries. */
    public Map<String, String> stageVariables() {
        return stageVariables;
    }

    /** How long the API waits for a function before it answers 503. */
    public Duration integrationTimeout() {
        return integrationTimeout;
    }

    /**
     * Builds an {@link HttpApiConfig}.
     *
     * <pre>{@code
     * HttpApiConfig api = HttpApiConfig.builder().route("$default", function).build();
     * }</pre>
     */
    public static final class Builder {

        private final Map<String, LambdaFunction> routes = new LinkedHashMap<>();
        private String stage = "$default";
        private final Map<String, String> stageVariables = new LinkedHashMap<>();
        private Duration integrationTimeout = MAX_INTEGRATION_TIMEOUT;

        private Builder() {
        }

        /**
         * A route to a function: {@code $default} or a method ({@code ANY} for all) and a path with
         * path parameters ({@code {id}}) and, last, a greedy one ({@code {proxy+}}).
         */
        public Builder route(String routeKey, LambdaFunction function) {
            Objects.requireNonNull(routeKey, "routeKey");
            Objects.requireNonNull(function, "function");
            new Routes<>(Map.of(routeKey, function));
            if (routes.containsKey(routeKey)) {
                throw new IllegalArgumentException("Route \"" + routeKey + "\" is given twice. An HTTP API has each"
                        + " route key once: give it one function.");
            }
            routes.put(routeKey, function);
            return this;
        }

        /** The stage, {@code $default} (served at the root) unless named. */
        public Builder stage(String name) {
            if (name == null || !name.matches("\\$default|[A-Za-z0-9_-]{1,128}")) {
                throw new IllegalArgumentException("Stage \"" + name + "\" is no HTTP API stage name. Give \"$default\""
                        + " or up to 128 letters, digits, hyphens and underscores.");
            }
            this.stage = name;
            return this;
        }

        /** A stage variable, in every event's {@code stageVariables}. */
        public Builder stageVariable(String name, String value) {
            stageVariables.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /** How long the API waits for a function, 50 ms to 30 s (the default). */
        public Builder integrationTimeout(Duration timeout) {
            if (timeout == null || timeout.toMillis() < 50 || timeout.compareTo(MAX_INTEGRATION_TIMEOUT) > 0) {
                throw new IllegalArgumentException("Integration timeout " + timeout + " is out of an HTTP API's range."
                        + " Give 50 ms to 30 s.");
            }
            this.integrationTimeout = timeout;
            return this;
        }

        /** The HTTP API. */
        public HttpApiConfig build() {
            if (routes.isEmpty()) {
                throw new IllegalStateException("This HTTP API has no route. Add one with route(\"$default\", function)"
                        + " or route(\"GET /path\", function).");
            }
            return new HttpApiConfig(this);
        }
    }
}
