package dev.lambdaharness.core.internal.remote;

import dev.lambdaharness.core.InvalidConfigurationException;
import dev.lambdaharness.core.RemoteConfig;
import java.util.Iterator;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Opens the transport of a runtime's remote functions: the one lambda-harness-remote registers, for
 * the endpoint, region and credentials a {@link RemoteConfig} implies, after the loopback guard had
 * its say.
 *
 * <pre>{@code
 * RemoteTransport lambda = RemoteTransports.open(RemoteConfig.defaults(), "orders");
 * }</pre>
 */
public final class RemoteTransports {

    /** The artifact that carries the transport and the AWS SDK, as a message names it. */
    public static final String ARTIFACT = "dev.lambdaharness:lambda-harness-remote";

    /**
     * The region a loopback endpoint is called in when none is set: local Invoke APIs find functions by
     * name whatever the region, and the SDK's region chain could ask the EC2 metadata address.
     */
    public static final String LOOPBACK_REGION = "us-east-1";

    private RemoteTransports() {
    }

    /**
     * The transport for {@code config}.
     *
     * @param function the function that asks for it, for the messages
     * @throws InvalidConfigurationException when lambda-harness-remote is not on the class path, or the
     *     loopback guard ({@link RemoteConfig#LOOPBACK_ONLY_PROPERTY}) refuses the endpoint
     */
    public static RemoteTransport open(RemoteConfig config, String function) {
        guard(config, function);
        boolean loopback = config.loopbackEndpoint();
        // A local Invoke API checks no signature: dummy credentials keep the SDK's chain from looking further (the EC2 metadata address).
        RemoteTransport.Endpoint endpoint = new RemoteTransport.Endpoint(config.endpoint(),
                config.region().or(() -> loopback ? Optional.of(LOOPBACK_REGION) : Optional.empty()), loopback);
        return factory(function).open(endpoint);
    }

    /** Refuses a non-loopback or unset endpoint when the build asks for loopback only. */
    static void guard(RemoteConfig config, String function) {
        if (!Boolean.getBoolean(RemoteConfig.LOOPBACK_ONLY_PROPERTY) || config.loopbackEndpoint()) {
            return;
        }
        String endpoint = config.endpoint().map(Object::toString).orElse("unset (the SDK's, AWS Lambda)");
        throw new InvalidConfigurationException("remote.endpoint", config.endpoint().map(Object::toString).orElse(""),
                null, "Function '" + function + "' is remote, and its endpoint is " + endpoint + ", but "
                + RemoteConfig.LOOPBACK_ONLY_PROPERTY + "=true allows only an endpoint on this machine. Set the"
                + " endpoint to a local Invoke API (lambdaharness.remote.endpoint=http://127.0.0.1:<port>), or remove"
                + " the property to reach AWS.");
    }

    private static RemoteTransport.Factory factory(String function) {
        Iterator<RemoteTransport.Factory> found = ServiceLoader.load(RemoteTransport.Factory.class,
                RemoteTransports.class.getClassLoader()).iterator();
        if (!found.hasNext()) {
            throw new InvalidConfigurationException("isolation", "remote", null, "Function '" + function + "' is remote"
                    + " (Isolation.REMOTE), which invokes it through the AWS SDK's LambdaClient, but " + ARTIFACT
                    + " is not on the class path. Add the dependency " + ARTIFACT + " (scope test).");
        }
        return found.next();
    }
}
