package dev.lambdaharness.core;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * An API Gateway HTTP API in front of a runtime's functions ({@link LambdaRuntime#httpApi(HttpApiConfig)}):
 * its routes ({@code GET /orders/{id}}, {@code ANY /{proxy+}}, {@code $default}), each to a
 * function with a Lambda proxy integration of payload format 2.0, its stage ({@code $default},
 * served at the root, or a name, served under {@code /<name>/}) and stage variables, and how long
 * it waits for a function (30 s, the most AWS allows, by default).
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
public final class HttpApiConfig extends ApiGatewayConfig {

    /** The longest an HTTP API waits for an integration, and its default. */
    public static final Duration MAX_INTEGRATION_TIMEOUT = Duration.ofSeconds(30);

    private final CorsConfig cors;

    private HttpApiConfig(Builder builder) {
        super(builder);
        this.cors = builder.cors;
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

        private Builder() {
            super("HTTP API", "$default", MAX_INTEGRATION_TIMEOUT);
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
