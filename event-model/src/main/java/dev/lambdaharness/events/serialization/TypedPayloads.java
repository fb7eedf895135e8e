package dev.lambdaharness.events.serialization;

import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

/**
 * Turns objects into payloads and back with the serialiser the Lambda Java runtime picks for their
 * class: the aws-lambda-java-events serialisers for the event classes it knows, its Jackson
 * settings for everything else. So the harness's {@code invoke(object)} sends what Lambda would
 * receive, and an event payload read as a class is the object a handler would receive.
 *
 * <p>Each class gets the serialisers of a function whose handler declares that class, in a space
 * of its own (kept with the class, so it goes when the class's loader goes), apart from the
 * environments'. One space per class loader would not do: the library's Joda module, registered
 * for one event class, does not reach a Joda type the space's mapper has already written for
 * another, so what one class wrote would depend on what the same loader wrote before (measured:
 * {@code LambdaDestinationEvent.timestamp} came out as a bean of Joda fields, not ISO-8601, after
 * an {@code APIGatewayV2CustomAuthorizerEvent} was written).
 *
 * <pre>{@code
 * byte[] payload = TypedPayloads.write(sqsEvent);
 * SQSEvent back = TypedPayloads.read(payload, SQSEvent.class);
 * }</pre>
 */
public final class TypedPayloads {

    private static final ClassValue<SerializerSpace> SPACES = new ClassValue<>() {
        @Override
        protected SerializerSpace computeValue(Class<?> type) {
            return SerializerSpace.forFunction(type.getClassLoader() != null ? type.getClassLoader() : ClassLoader.getSystemClassLoader());
        }
    };

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
        return SPACES.get(type).serializerFor(Platform.UNKNOWN, type);
    }
}
