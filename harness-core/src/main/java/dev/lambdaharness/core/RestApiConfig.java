package dev.lambdaharness.core;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * An API Gateway REST API in front of a runtime's functions ({@link LambdaRuntime#restApi(RestApiConfig)}):
 * its methods on resources ({@code GET /orders/{id}}, {@code ANY /{proxy+}}), each a Lambda proxy
 * integration (payload format 1.0), the stage it is deployed to (served under {@code /<stage>/},
 * {@code prod} by default), stage variables, binary media types and the integration timeout (29 s
 * by default).
 *
 * <pre>{@code
 * URI api = runtime.restApi(RestApiConfig.builder()
 *         .route("GET /orders/{id}", orders)
 *         .route("ANY /{proxy+}", fallback)
 *         .binaryMediaType("image/*")
 *         .build());                              // served under api.resolve("prod/")
 * }</pre>
 */
public final class RestApiConfig extends ApiGatewayConfig {

    /** A REST API's default integration timeout, and the most this harness takes. */
    public static final Duration DEFAULT_INTEGRATION_TIMEOUT = Duration.ofSeconds(29);

    private final List<String> binaryMediaTypes;

    private RestApiConfig(Builder builder) {
        super(builder);
        this.binaryMediaTypes = List.copyOf(builder.binaryMediaTypes);
    }

    /** A new REST API on stage {@code prod}: give it at least one method. */
    public static Builder builder() {
        return new Builder();
    }

    /** The content types whose bodies go base64, {@code image/png}, {@code image/*} or {@code *}{@code /*}. */
    public List<String> binaryMediaTypes() {
        return binaryMediaTypes;
    }

    /**
     * Builds a {@link RestApiConfig}.
     *
     * <pre>{@code
     * RestApiConfig api = RestApiConfig.builder().route("ANY /{proxy+}", function).stage("dev").build();
     * }</pre>
     */
    public static final class Builder extends ApiGatewayConfig.Builder<Builder, RestApiConfig> {

        private final List<String> binaryMediaTypes = new ArrayList<>();

        private Builder() {
            super("REST API", "prod", DEFAULT_INTEGRATION_TIMEOUT);
        }

        @Override
        Builder self() {
            return this;
        }

        /** A method on a resource: {@code GET /orders/{id}}, {@code ANY /files/{proxy+}}; there is no {@code $default}. */
        @Override
        public Builder route(String methodAndResource, LambdaFunction function) {
            if ("$default".equals(methodAndResource)) {
                throw new IllegalArgumentException("A REST API has no $default route. Give a method and resource,"
                        + " such as \"ANY /{proxy+}\" for every request.");
            }
            return super.route(methodAndResource, function);
        }

        /** A binary media type: {@code image/png}, {@code image/*} or {@code *}{@code /*}. */
        public Builder binaryMediaType(String type) {
            if (type == null || !type.matches("[^/\\s]+/[^/\\s]+")) {
                throw new IllegalArgumentException("Binary media type \"" + type + "\" is no media type. Give one such"
                        + " as image/png, image/* or */*.");
            }
            binaryMediaTypes.add(type);
            return this;
        }

        @Override
        public RestApiConfig build() {
            return new RestApiConfig(this);
        }
    }
}
