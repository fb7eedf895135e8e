package dev.lambdaharness.core.internal;

import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.amazonaws.services.lambda.runtime.serialization.factories.JacksonFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

/**
 * Turns objects into payloads and back with the serialiser the Lambda Java runtime picks for their
 * class: the aws-lambda-java-events serialisers for the event classes it knows, its Jackson
 * settings for everything else. So {@code invoke(object)} sends what Lambda would receive.
 */
public final class TypedPayloads {

    private TypedPayloads() {
    }

    /** The payload bytes for an object, as the runtime would write it. */
    @SuppressWarnings("unchecked")
    public static byte[] write(Object value) {
        PojoSerializer<Object> serializer = serializerFor((Class<Object>) value.getClass());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        serializer.toJson(value, out);
        return out.toByteArray();
    }

    /** An object of the given type read from payload bytes, as the runtime would read it. */
    public static <T> T read(byte[] payload, Class<T> type) {
        return serializerFor(type).fromJson(new ByteArrayInputStream(payload));
    }

    private static <T> PojoSerializer<T> serializerFor(Class<T> type) {
        if (LambdaEventSerializers.isLambdaSupportedEvent(type.getName())) {
            ClassLoader loader = type.getClassLoader() != null ? type.getClassLoader() : ClassLoader.getSystemClassLoader();
            return LambdaEventSerializers.serializerFor(type, loader);
        }
        return JacksonFactory.getInstance().getSerializer(type);
    }
}
