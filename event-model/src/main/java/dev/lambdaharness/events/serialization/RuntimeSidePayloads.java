package dev.lambdaharness.events.serialization;

/**
 * Typed payloads read by the runtime's own serialisers, held apart from the test class path. A
 * module that carries the runtime's libraries (lambda-harness-core does) provides one through
 * {@link java.util.ServiceLoader}; typed event reading then uses it, so an older
 * aws-lambda-java-core or aws-lambda-java-serialization on the test class path changes nothing.
 * Without a provider, typed reading uses the test class path's libraries through {@link TypedPayloads}.
 *
 * <pre>{@code
 * ServiceLoader.load(RuntimeSidePayloads.class).findFirst()
 *         .map(payloads -> payloads.read(bytes, SQSEvent.class));
 * }</pre>
 */
public interface RuntimeSidePayloads {

    /** An object of the given type read from payload bytes, as the runtime would read it. */
    <T> T read(byte[] payload, Class<T> type);
}
