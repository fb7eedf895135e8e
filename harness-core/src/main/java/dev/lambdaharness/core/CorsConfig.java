package dev.lambdaharness.core;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * CORS as an HTTP API ({@link HttpApiConfig.Builder#cors(CorsConfig)}) or a Function URL
 * ({@link LambdaRuntime#functionUrl(LambdaFunction, CorsConfig)}) configures it: the front answers
 * preflight requests itself and adds the CORS headers to the function's responses, in place of
 * any the function set.
 *
 * <pre>{@code
 * CorsConfig cors = CorsConfig.builder().allowOrigins("https://shop.example.com").allowMethods("GET", "POST")
 *         .allowHeaders("content-type").maxAge(300).build();
 * }</pre>
 *
 * @param allowOrigins origins allowed, or {@code *} for any
 * @param allowMethods methods allowed, or {@code *}
 * @param allowHeaders request headers allowed, or {@code *}
 * @param exposeHeaders response headers the browser may read
 * @param maxAge seconds a browser may cache a preflight answer, when set
 * @param allowCredentials whether requests with credentials are allowed
 */
public record CorsConfig(List<String> allowOrigins, List<String> allowMethods, List<String> allowHeaders,
        List<String> exposeHeaders, OptionalInt maxAge, boolean allowCredentials) {

    /** Copies the lists; refuses a missing member. */
    public CorsConfig {
        allowOrigins = List.copyOf(allowOrigins);
        allowMethods = List.copyOf(allowMethods);
        allowHeaders = List.copyOf(allowHeaders);
        exposeHeaders = List.copyOf(exposeHeaders);
        Objects.requireNonNull(maxAge, "maxAge");
    }

    /** A configuration allowing nothing yet. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link CorsConfig}.
     *
     * <pre>{@code
     * CorsConfig any = CorsConfig.builder().allowOrigins("*").allowMethods("*").build();
     * }</pre>
     */
    public static final class Builder {

        private List<String> allowOrigins = List.of();
        private List<String> allowMethods = List.of();
        private List<String> allowHeaders = List.of();
        private List<String> exposeHeaders = List.of();
        private OptionalInt maxAge = OptionalInt.empty();
        private boolean allowCredentials;

        private Builder() {
        }

        /** The origins allowed, such as {@code https://shop.example.com}, or {@code *}. */
        public Builder allowOrigins(String... origins) {
            this.allowOrigins = List.of(origins);
            return this;
        }

        /** The methods allowed, or {@code *}. */
        public Builder allowMethods(String... methods) {
            this.allowMethods = List.of(methods);
            return this;
        }

        /** The request headers allowed, or {@code *}. */
        public Builder allowHeaders(String... headers) {
            this.allowHeaders = List.of(headers);
            return this;
        }

        /** The response headers a browser may read. */
        public Builder exposeHeaders(String... headers) {
            this.exposeHeaders = List.of(headers);
            return this;
        }

        /** How long, 0 to 86,400 seconds, a browser may cache a preflight answer. */
        public Builder maxAge(int seconds) {
            if (seconds < 0 || seconds > 86_400) {
                throw new IllegalArgumentException("CORS max age " + seconds + " is out of range. Give 0 to 86400 seconds.");
            }
            this.maxAge = OptionalInt.of(seconds);
            return this;
        }

        /** Whether requests with credentials (cookies, authorization) are allowed; then no origin may be {@code *}. */
        public Builder allowCredentials(boolean allow) {
            this.allowCredentials = allow;
            return this;
        }

        /** The configuration. */
        public CorsConfig build() {
            if (allowCredentials && allowOrigins.contains("*")) {
                throw new IllegalStateException("CORS allows credentials and the origin *, which browsers refuse. Name"
                        + " the origins, or leave credentials out.");
            }
            return new CorsConfig(allowOrigins, allowMethods, allowHeaders, exposeHeaders, maxAge, allowCredentials);
        }
    }
}
