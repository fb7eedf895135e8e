package dev.lambdaharness.remote.internal;

import dev.lambdaharness.core.internal.remote.RemoteTransport;

/**
 * Opens {@link SdkTransport}s; {@code META-INF/services} registers it, so that lambda-harness-core finds
 * it when a function is deployed with {@code Isolation.REMOTE}.
 *
 * <pre>{@code
 * RemoteTransport lambda = new SdkTransportFactory().open(new RemoteTransport.Endpoint(Optional.empty(),
 *         Optional.of("eu-west-1"), false));
 * }</pre>
 */
public final class SdkTransportFactory implements RemoteTransport.Factory {

    @Override
    public RemoteTransport open(RemoteTransport.Endpoint endpoint) {
        return new SdkTransport(endpoint);
    }
}
