package dev.lambdaharness.core;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An API Gateway HTTP API in front of a runtime's functions ({@link LambdaRuntime#httpApi(HttpApiConfig)}):
 * its routes ({@code GET /orders/{id}}, {@code ANY /{proxy+}}, {@code $default}), each to a
 * function with a Lambda proxy integration of payload format 2.0 or, where the route says so, 1.0,
 * its stage ({@code $default},
 * served at the root, or a name, served under {@code /<name>/}) and stage variables, and how long
 * it waits for a function (30 s, the most AWS allows, by default).
 *
 * <pre>{@code
 * URI api = runtime.httpApi(HttpApiConfig.builder()
 *         .route("GET /orders/{id}", orders)
 *         .route("ANY /{proxy+}", fallback)
 *         .route("GET /legacy/{proxy+}", legacy, HttpApiConfig.PAYLOAD_FORMAT_1_0)
 *         .stage("prod").stageVariable("table", "orders-prod")
 *         .build());
 * HttpClient.newHttpClient().send(HttpRequest.newBuilder(api.resolve("prod/orders/7")).build(), ofString());
 * }</pre>
 */
public final class HttpApiConfig extends ApiGatewayConfig {

    /** The longest an HTTP API waits for an integration, and its default. */
    public static final Duration MAX_INTEGRATION_TIMEOUT = Duration.ofSeconds(30);

    /** Payload format 1.0: the REST API's proxy event with {@code "version": "1.0"}, and a response that must have a {@code statusCode}. */
    public static final String PAYLOAD_FORMAT_1_0 = "1.0";

    /** Payload format 2.0, the default: the event with {@code rawPath} and {@code cookies}, and a response format the API infers. */
    public static final String PAYLOAD_FORMAT_2_0 = "2.0";

    private final CorsConfig cors;
    private final Map<String, String> payloadFormatVersions;

    private HttpApiConfig(Builder builder) {
        super(builder);
        this.cors = builder.cors;
        this.payloadFormatVersions = Map.copyOf(builder.payloadFormatVersions);
    }

    /**
     * The payload format version of the integration behind a route, {@link #PAYLOAD_FORMAT_2_0}
     * unless the route was given another.
     */
    public String payloadFormatVersion(String routeKey) {
        if (!routes().containsKey(routeKey)) {
            throw new IllegalArgumentException("This HTTP API has no route \"" + routeKey + "\". Its routes are "
                    + routes().keySet() + ".");
        }
        return payloadFormatVersions.getOrDefault(routeKey, PAYLOAD_FORMAT_2_0);
    }

    /** The API's CORS configuration, if it has one. */
    public Optional<CorsConfig> cors() {
        return Optional.ofNullable(cors);
    }

    /** A new HTTP API on stage {@code $default}: give it at least one route; {@code $default} is one. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds an {@link HttpApiConfig}.
     *
     * <pre>{@code
     * HttpApiConfig api = HttpApiConfig.builder().route("$default", function).build();
     * }</pre>
     */
    public static final class Builder extends ApiGatewayConfig.Builder<Builder, HttpApiConfig> {

        private CorsConfig cors;
        private final Map<String, String> payloadFormatVersions = new LinkedHashMap<>();

        private Builder() {
            super("HTTP API", "$default", MAX_INTEGRATION_TIMEOUT);
        }

        /**
         * A route to a function through a Lambda proxy integration of that payload format version,
         * as an integration's {@code payloadFormatVersion} (SAM's {@code PayloadFormatVersion}) sets it:
         * {@code "1.0"} or {@code "2.0"}. {@link #route(String, LambdaFunction)} is a route of 2.0.
         */
        public Builder route(String routeKey, LambdaFunction function, String payloadFormatVersion) {
            if (!Set.of(PAYLOAD_FORMAT_1_0, PAYLOAD_FORMAT_2_0).contains(payloadFormatVersion)) {
                throw new IllegalArgumentException("Payload format version \"" + payloadFormatVersion + "\" is not one"
                        + " an HTTP API takes. Give \"1.0\" or \"2.0\".");
            }
            route(routeKey, function);
            payloadFormatVersions.put(routeKey, payloadFormatVersion);
            return this;
        }

        /** CORS: the API answers preflight requests itself and adds the CORS headers to responses. */
        public Builder cors(CorsConfig cors) {
            this.cors = Objects.requireNonNull(cors, "cors");
            return this;
        }

        @Override
        Builder self() {
            return this;
        }

        @Override
        boolean acceptsStage(String name) {
            return name.equals("$default");
        }

        @Override
        public HttpApiConfig build() {
            return new HttpApiConfig(this);
        }
    }
}
