package dev.lambdaharness.core;

import dev.lambdaharness.core.internal.invokeapi.FunctionName;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the functions a runtime deploys with {@link Isolation#REMOTE} are: the Lambda endpoint the
 * AWS SDK's {@code LambdaClient} calls, its region, and the deployed function each local name stands
 * for. Everything unset is the SDK's own resolution, so an empty configuration reaches AWS Lambda in
 * the region and with the credentials of the SDK's default chains ({@code AWS_REGION},
 * {@code AWS_ACCESS_KEY_ID}, {@code AWS_PROFILE}, a role); see {@code docs/remote.md}.
 *
 * <pre>{@code
 * try (LambdaRuntime runtime = LambdaRuntime.builder().remote(RemoteConfig.builder()
 *         .region("eu-west-1")
 *         .function("orders", "arn:aws:lambda:eu-west-1:123456789012:function:orders-prod:live")
 *         .build()).build()) {
 *     LambdaFunction orders = runtime.function(FunctionConfig.builder("example.Orders").functionName("orders").build(),
 *             FunctionCode.fromTestClasspath(), Isolation.REMOTE);
 *     orders.invoke("{}");   // the deployed orders-prod, alias live
 * }
 * }</pre>
 *
 * <p>A build that must never reach AWS sets the system property {@value #LOOPBACK_ONLY_PROPERTY} to
 * {@code true}: a remote function is then refused unless the endpoint is set and on this machine.
 */
public final class RemoteConfig {

    /**
     * The system property that, {@code true}, refuses every remote endpoint that is not on the loopback
     * interface, an unset one too (which the SDK would resolve to AWS): for builds that point remote
     * tests at a local Invoke API and must not reach the network by mistake.
     */
    public static final String LOOPBACK_ONLY_PROPERTY = "lambdaharness.remote.loopbackOnly";

    private final URI endpoint;
    private final String region;
    private final Map<String, String> functions;

    private RemoteConfig(Builder builder) {
        this.endpoint = builder.endpoint;
        this.region = builder.region;
        this.functions = Map.copyOf(builder.functions);
    }

    /** An empty configuration: the SDK's endpoint, region and credentials, functions by their own names. */
    public static RemoteConfig defaults() {
        return builder().build();
    }

    /** Starts a configuration. */
    public static Builder builder() {
        return new Builder();
    }

    /** The Lambda endpoint, when set; empty for the SDK's own resolution (AWS Lambda in the region). */
    public Optional<URI> endpoint() {
        return Optional.ofNullable(endpoint);
    }

    /** The region, when set; empty for the SDK's region chain (or {@code us-east-1} for a loopback endpoint). */
    public Optional<String> region() {
        return Optional.ofNullable(region);
    }

    /** The deployed function (name, name with qualifier, or ARN) a local function name stands for, when mapped. */
    public Optional<String> deployedFunction(String localName) {
        return Optional.ofNullable(functions.get(localName));
    }

    /** Whether the endpoint is set and on the loopback interface ({@code 127.0.0.1}, {@code localhost}, {@code ::1}). */
    public boolean loopbackEndpoint() {
        if (endpoint == null || endpoint.getHost() == null) {
            return false;
        }
        String host = endpoint.getHost();
        // Literal addresses only (an IPv6 one in brackets), which InetAddress reads without asking a name server.
        boolean literal = host.matches("\\d{1,3}(\\.\\d{1,3}){3}") || (host.startsWith("[") && host.endsWith("]"));
        try {
            return host.equalsIgnoreCase("localhost") || (literal && InetAddress.getByName(host).isLoopbackAddress());
        } catch (UnknownHostException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return "RemoteConfig[endpoint=" + (endpoint == null ? "the SDK's" : endpoint) + ", region="
                + (region == null ? "the SDK's" : region) + ", functions=" + functions + "]";
    }

    /**
     * Builds a {@link RemoteConfig}.
     *
     * <pre>{@code
     * RemoteConfig local = RemoteConfig.builder().endpoint(URI.create("http://127.0.0.1:3001")).build();
     * }</pre>
     */
    public static final class Builder {
        private URI endpoint;
        private String region;
        private final Map<String, String> functions = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * The Lambda endpoint to call instead of the SDK's: a local Invoke API ({@code sam local start-lambda},
         * a runtime's {@code invokeApiEndpoint()}) or a VPC endpoint.
         *
         * @throws InvalidConfigurationException when it is not an {@code http} or {@code https} URI with a host
         */
        public Builder endpoint(URI endpoint) {
            Objects.requireNonNull(endpoint, "endpoint: leave it unset for the SDK's own, AWS Lambda in the region");
            String scheme = endpoint.getScheme();
            if (scheme == null || !(scheme.equals("http") || scheme.equals("https")) || endpoint.getHost() == null) {
                throw new InvalidConfigurationException("remote.endpoint", endpoint.toString(), null, "The remote"
                        + " endpoint '" + endpoint + "' is not an http or https URI with a host. Give one such as"
                        + " http://127.0.0.1:3001, or leave it unset for AWS Lambda in the region.");
            }
            this.endpoint = endpoint;
            return this;
        }

        /** The region, for example {@code eu-west-1}. */
        public Builder region(String region) {
            Objects.requireNonNull(region, "region: leave it unset for the SDK's region chain");
            if (!region.matches("[a-z]{2}(-[a-z]+)+-\\d+")) {
                throw new InvalidConfigurationException("remote.region", region, null, "'" + region + "' is not an AWS"
                        + " region. Give one such as us-east-1 or eu-west-1.");
            }
            this.region = region;
            return this;
        }

        /**
         * The deployed function a local function name stands for: its name ({@code orders-prod}), with a
         * version or alias ({@code orders-prod:live}), or its ARN. Unmapped, a function is invoked by its
         * own {@link FunctionConfig#functionName()}.
         */
        public Builder function(String localName, String deployed) {
            Objects.requireNonNull(localName, "localName");
            Objects.requireNonNull(deployed, "deployed");
            if (FunctionName.parse(deployed.strip()).isEmpty()) {
                throw new InvalidConfigurationException("remote.function." + localName, deployed, null, "Function '"
                        + localName + "' is mapped to '" + deployed + "', which is no function name, name:qualifier or ARN."
                        + " Give one of those, for example orders-prod:live.");
            }
            functions.put(localName, deployed.strip());
            return this;
        }

        /** The configuration. */
        public RemoteConfig build() {
            return new RemoteConfig(this);
        }
    }
}
