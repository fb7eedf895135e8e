package dev.lambdaharness.core;

import dev.lambdaharness.core.internal.fronts.Routes;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What an API Gateway API in front of a runtime's functions has, REST or HTTP: routes to
 * functions, the stage it serves, stage variables, and how long it waits for a function.
 * {@link HttpApiConfig} and {@link RestApiConfig} are the two kinds.
 *
 * <pre>{@code
 * ApiGatewayConfig api = HttpApiConfig.builder().route("GET /orders/{id}", orders).build();
 * api.routes().keySet();   // [GET /orders/{id}]
 * }</pre>
 */
public abstract sealed class ApiGatewayConfig permits HttpApiConfig, RestApiConfig {

    private final Map<String, LambdaFunction> routes;
    private final String stage;
    private final Map<String, String> stageVariables;
    private final Duration integrationTimeout;

    ApiGatewayConfig(Builder<?, ?> builder) {
        if (builder.routes.isEmpty()) {
            throw new IllegalStateException("This " + builder.kind + " has no route. Add one with route(\"ANY /{proxy+}\","
                    + " function) or route(\"GET /path\", function).");
        }
        this.routes = Map.copyOf(builder.routes);
        this.stage = builder.stage;
        this.stageVariables = Map.copyOf(builder.stageVariables);
        this.integrationTimeout = builder.integrationTimeout;
    }

    /** The functions by route key: a method ({@code ANY} for all) and a path, {@code GET /orders/{id}}. */
    public Map<String, LambdaFunction> routes() {
        return routes;
    }

    /** The stage the API serves. */
    public String stage() {
        return stage;
    }

    /** The stage variables every event carries. */
    public Map<String, String> stageVariables() {
        return stageVariables;
    }

    /** How long the API waits for a function before it answers its timeout. */
    public Duration integrationTimeout() {
        return integrationTimeout;
    }

    /**
     * What building either kind of API shares.
     *
     * <pre>{@code
     * HttpApiConfig api = HttpApiConfig.builder().route("$default", function).stageVariable("table", "t").build();
     * }</pre>
     *
     * @param <SELF> the concrete builder, which every setting returns
     * @param <C> the configuration it builds
     */
    public abstract static sealed class Builder<SELF extends Builder<SELF, C>, C extends ApiGatewayConfig>
            permits HttpApiConfig.Builder, RestApiConfig.Builder {

        private final String kind;
        private final Duration maxIntegrationTimeout;
        private final Map<String, LambdaFunction> routes = new LinkedHashMap<>();
        private String stage;
        private final Map<String, String> stageVariables = new LinkedHashMap<>();
        private Duration integrationTimeout;

        Builder(String kind, String stage, Duration maxIntegrationTimeout) {
            this.kind = kind;
            this.stage = stage;
            this.maxIntegrationTimeout = maxIntegrationTimeout;
            this.integrationTimeout = maxIntegrationTimeout;
        }

        abstract SELF self();

        /**
         * A route to a function: a method ({@code ANY} for all) and a path with path parameters
         * ({@code {id}}) and, last, a greedy one ({@code {proxy+}}).
         */
        public SELF route(String routeKey, LambdaFunction function) {
            Objects.requireNonNull(function, "function");
            new Routes<>(Map.of(Objects.requireNonNull(routeKey, "routeKey"), function));
            if (routes.putIfAbsent(routeKey, function) != null) {
                throw new IllegalArgumentException("Route \"" + routeKey + "\" is given twice. A " + kind + " has each"
                        + " route once: give it one function.");
            }
            return self();
        }

        /** The stage's name: letters, digits, hyphens and underscores, up to 128. */
        public SELF stage(String name) {
            if (name == null || !name.matches("[A-Za-z0-9_-]{1,128}") && !acceptsStage(name)) {
                throw new IllegalArgumentException("Stage \"" + name + "\" is no " + kind + " stage name. Give up to 128"
                        + " letters, digits, hyphens and underscores.");
            }
            this.stage = name;
            return self();
        }

        /** Whether a stage name beyond letters, digits, hyphens and underscores is one this kind takes. */
        boolean acceptsStage(String name) {
            return false;
        }

        /** A stage variable, in every event's {@code stageVariables}. */
        public SELF stageVariable(String name, String value) {
            stageVariables.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return self();
        }

        /** How long the API waits for a function: 50 ms up to the kind's most, its default. */
        public SELF integrationTimeout(Duration timeout) {
            if (timeout == null || timeout.toMillis() < 50 || timeout.compareTo(maxIntegrationTimeout) > 0) {
                throw new IllegalArgumentException("Integration timeout " + timeout + " is out of a " + kind + "'s range."
                        + " Give 50 ms to " + maxIntegrationTimeout.toSeconds() + " s.");
            }
            this.integrationTimeout = timeout;
            return self();
        }

        /** The API. */
        public abstract C build();
    }
}
