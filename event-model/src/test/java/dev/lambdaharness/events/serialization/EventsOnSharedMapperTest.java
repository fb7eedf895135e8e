package dev.lambdaharness.events.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Checks {@link SerializerSpace#EVENTS_ON_SHARED_MAPPER} against aws-lambda-java-serialization
 * itself: in a private copy of the library (so the JVM-wide one stays untouched), each supported
 * event's serialiser is built and we look whether it reads with the library's shared mapper.
 * The private copy also holds our classes, to see them refuse a shared mapper already changed.
 */
class EventsOnSharedMapperTest {

    @Test
    void theEventsBuiltOnTheSharedMapperAreExactlyThoseListed() throws Exception {
        try (URLClassLoader library = privateCopyOfTheLibrary()) {
            Class<?> serializers = library.loadClass(LambdaEventSerializers.class.getName());
            Object sharedMapper = mapperOf(library.loadClass("com.amazonaws.services.lambda.runtime.serialization.factories.JacksonFactory"));

            Set<String> onSharedMapper = new TreeSet<>();
            Set<String> checked = new TreeSet<>();
            for (String eventName : supportedEvents(serializers)) {
                Class<?> eventClass;
                try {
                    eventClass = library.loadClass(eventName);
                } catch (ClassNotFoundException e) {
                    continue; // the AWS SDK v1 S3 notification is not in aws-lambda-java-events
                }
                Object serializer = serializers.getMethod("serializerFor", Class.class, ClassLoader.class).invoke(null, eventClass, library);
                checked.add(eventName);
                Object sharedConfig = sharedMapper.getClass().getMethod("getDeserializationConfig").invoke(sharedMapper);
                if (readerConfigOf(serializer) == sharedConfig) {
                    onSharedMapper.add(eventName);
                }
            }

            assertThat(checked).hasSize(23);
            assertThat(onSharedMapper).containsExactlyInAnyOrderElementsOf(SerializerSpace.EVENTS_ON_SHARED_MAPPER);
        }
    }

    @Test
    void aSpaceRefusesToCopyASharedMapperThatSomeoneElseChanged() throws Exception {
        try (URLClassLoader library = privateCopyOfTheLibrary()) {
            Class<?> event = library.loadClass("com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent");
            library.loadClass(LambdaEventSerializers.class.getName())
                    .getMethod("serializerFor", Class.class, ClassLoader.class).invoke(null, event, library);

            Class<?> spaces = library.loadClass(SerializerSpace.class.getName());
            Object space = spaces.getMethod("forFunction", ClassLoader.class).invoke(null, library);
            Object unknown = library.loadClass(Platform.class.getName()).getField("UNKNOWN").get(null);
            Method serializerFor = spaces.getMethod("serializerFor", unknown.getClass(), java.lang.reflect.Type.class);

            assertThatThrownBy(() -> serializerFor.invoke(space, unknown, String.class))
                    .cause().isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("called LambdaEventSerializers.serializerFor").hasMessageContaining("serialise through SerializerSpace instead");
        }
    }

    private static URLClassLoader privateCopyOfTheLibrary() throws Exception {
        URL[] urls = {
            jarOf(SerializerSpace.class),
            jarOf(com.amazonaws.services.lambda.runtime.Context.class),
            jarOf(LambdaEventSerializers.class),
            jarOf(Class.forName("com.amazonaws.services.lambda.runtime.events.SQSEvent")),
            jarOf(Class.forName("org.joda.time.DateTime")),
        };
        return new URLClassLoader(urls, ClassLoader.getPlatformClassLoader());
    }

    private static URL jarOf(Class<?> type) throws Exception {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toUri().toURL();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> supportedEvents(Class<?> serializers) throws Exception {
        Field field = serializers.getDeclaredField("SUPPORTED_EVENTS");
        field.setAccessible(true);
        return (List<String>) field.get(null);
    }

    private static Object mapperOf(Class<?> jacksonFactory) throws Exception {
        Object factory = jacksonFactory.getMethod("getInstance").invoke(null);
        return jacksonFactory.getMethod("getMapper").invoke(factory);
    }

    /** The configuration a Jackson-backed serialiser of the library reads with, or null for another kind. */
    private static Object readerConfigOf(Object serializer) throws Exception {
        for (Class<?> type = serializer.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field reader = type.getDeclaredField("reader");
                reader.setAccessible(true);
                Object objectReader = reader.get(serializer);
                return objectReader.getClass().getMethod("getConfig").invoke(objectReader);
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        return null;
    }
}
