package dev.lambdaharness.events.internal.serialization;

import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Turns objects into payloads and back with the serialiser the Lambda Java runtime picks for their
 * class: the aws-lambda-java-events serialisers for the event classes it knows, its Jackson
 * settings for everything else. So the harness's {@code invoke(object)} sends what Lambda would
 * receive, and an event payload read as a class is the object a handler would receive. The
 * serialisers of each class loader (usually the test's) are kept apart from the environments',
 * as every environment's are.
 */
public final class TypedPayloads {

    private static final Map<ClassLoader, SerializerSpace> SPACES = new WeakHashMap<>();

    private TypedPayloads() {
    }

    /** The payload bytes for an object, as the runtime would write it. */
    public static byte[] write(Object value) {
        PojoSerializer<Object> serializer = serializerFor(value.getClass());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        serializer.toJson(value, out);
        return out.toByteArray();
    }

    /** An object of the given type read from payload bytes, as the runtime would read it. */
    public static <T> T read(byte[] payload, Class<T> type) {
        return type.cast(serializerFor(type).fromJson(new ByteArrayInputStream(payload)));
    }

    private static PojoSerializer<Object> serializerFor(Class<?> type) {
        ClassLoader loader = type.getClassLoader() != null ? type.getClassLoader() : ClassLoader.getSystemClassLoader();
        SerializerSpace space;
        synchronized (SPACES) {
            space = SPACES.computeIfAbsent(loader, SerializerSpace::forFunction);
        }
        return space.serializerFor(Platform.UNKNOWN, type);
    }
}
