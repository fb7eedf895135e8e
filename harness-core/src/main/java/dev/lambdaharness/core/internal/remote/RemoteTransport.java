package dev.lambdaharness.core.internal.remote;

import java.net.URI;
import java.util.Optional;

/**
 * What calls Lambda's Invoke API for remote functions: lambda-harness-remote implements it with the
 * AWS SDK's {@code LambdaClient}, found through {@link java.util.ServiceLoader} by its {@link Factory}, so
 * that lambda-harness-core needs no SDK. One transport serves every remote function of a runtime.
 *
 * <pre>{@code
 * try (RemoteTransport lambda = factory.open(new RemoteTransport.Endpoint(Optional.of(uri), Optional.empty(), true))) {
 *     RemoteReply reply = lambda.invoke(call);
 * }
 * }</pre>
 */
public interface RemoteTransport extends AutoCloseable {

    /**
     * Calls {@code Invoke} once, without retrying.
     *
     * @throws RemoteRefusal when the service answers with an error document (a 4xx or 5xx)
     * @throws IllegalStateException when the endpoint cannot be reached, naming it
     */
    RemoteReply invoke(RemoteCall call);

    /** Releases the client's connections. */
    @Override
    void close();

    /**
     * Where and as whom the transport calls.
     *
     * @param uri the endpoint; empty for the SDK's own resolution
     * @param region the region; empty for the SDK's region chain
     * @param dummyCredentials whether to sign with fixed dummy credentials instead of the SDK's default chain
     */
    record Endpoint(Optional<URI> uri, Optional<String> region, boolean dummyCredentials) {
    }

    /** Opens transports; registered in {@code META-INF/services} under this interface's name. */
    interface Factory {
        /** A transport for the endpoint. */
        RemoteTransport open(Endpoint endpoint);
    }
}
