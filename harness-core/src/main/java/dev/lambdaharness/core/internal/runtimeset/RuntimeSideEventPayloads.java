package dev.lambdaharness.core.internal.runtimeset;

import dev.lambdaharness.events.serialization.RuntimeSidePayloads;

/**
 * Typed event reading ({@code EventPayload.as(SQSEvent.class)}, a typed {@code @Event}) through the
 * runtime set's serialisers, provided to the event model with {@link java.util.ServiceLoader}, so that an
 * older aws-lambda-java-core or aws-lambda-java-serialization on the test class path is never used.
 *
 * <pre>{@code
 * SQSEvent event = new RuntimeSideEventPayloads().read(bytes, SQSEvent.class);
 * }</pre>
 */
public final class RuntimeSideEventPayloads implements RuntimeSidePayloads {

    @Override
    public <T> T read(byte[] payload, Class<T> type) {
        return RuntimeSide.readPayload(payload, type);
    }
}
