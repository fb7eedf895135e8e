package dev.lambdaharness.events.serialization;

import com.amazonaws.lambda.thirdparty.com.fasterxml.jackson.databind.JavaType;
import com.amazonaws.lambda.thirdparty.com.fasterxml.jackson.databind.ObjectMapper;
import com.amazonaws.lambda.thirdparty.com.fasterxml.jackson.databind.util.LRUMap;
import com.amazonaws.lambda.thirdparty.com.fasterxml.jackson.databind.util.LookupCache;
import com.amazonaws.lambda.thirdparty.com.fasterxml.jackson.datatype.joda.JodaModule;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.amazonaws.services.lambda.runtime.serialization.events.modules.DateModule;
import com.amazonaws.services.lambda.runtime.serialization.events.modules.DateTimeModule;
import com.amazonaws.services.lambda.runtime.serialization.events.serializers.OrgJsonSerializer;
import com.amazonaws.services.lambda.runtime.serialization.factories.GsonFactory;
import com.amazonaws.services.lambda.runtime.serialization.factories.JacksonFactory;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Type;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The serialisers of one execution environment, chosen and built as the RIC does, over
 * aws-lambda-java-serialization's public API.
 *
 * <p>Order of choice for a declared type: the function's own {@code CustomPojoSerializer} (found
 * with {@link java.util.ServiceLoader} on the function's class loader), then the library's event
 * serialiser when the type is a supported aws-lambda-java-events class, then Gson when the caller
 * is Android, else Jackson. Serialisers are cached per platform and type, as the RIC caches them.
 *
 * <p>What the RIC keeps JVM-wide is kept here per environment, because one harness JVM runs many
 * environments: the custom serialiser lookup, and the Jackson mapper. The library's event
 * serialisers for eight event classes register a {@code java.util.Date} module and a Joda module
 * on its shared mapper (every other event class gets a copy); in the RIC that changes how every
 * later POJO of that JVM writes dates. Here each environment has its own copy of the library's
 * mapper, with its own type cache, on which those modules are registered instead. Nothing of an
 * environment is then kept by the library once the environment is dropped, except on the Android
 * path (the library's single Gson caches a type adapter per class).
 *
 * <pre>{@code
 * SerializerSpace space = SerializerSpace.forFunction(functionLoader);
 * PojoSerializer<Object> serializer = space.serializerFor(Platform.UNKNOWN, SQSEvent.class);
 * }</pre>
 */
public final class SerializerSpace {

    /**
     * The supported event classes for which {@code LambdaEventSerializers.serializerFor} uses the
     * library's shared mapper rather than a copy: no mixin for the class or its nested classes and
     * no dedicated serialiser. Checked against the library by {@code EventsOnSharedMapperTest}.
     */
    static final Set<String> EVENTS_ON_SHARED_MAPPER = Set.of(
            "com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent",
            "com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent",
            "com.amazonaws.services.lambda.runtime.events.CognitoEvent",
            "com.amazonaws.services.lambda.runtime.events.ConfigEvent",
            "com.amazonaws.services.lambda.runtime.events.IoTButtonEvent",
            "com.amazonaws.services.lambda.runtime.events.KinesisFirehoseEvent",
            "com.amazonaws.services.lambda.runtime.events.LambdaDestinationEvent",
            "com.amazonaws.services.lambda.runtime.events.LexEvent");

    /** The registration id of the library's Date module (it is {@code jackson-core}: a SimpleModule's name). */
    private static final Object DATE_MODULE_ID = new DateModule().getTypeId();

    /**
     * The registration id of the library's Joda module, built on first use: building the module loads
     * Joda time, which a JVM serialising no event need not load.
     */
    private static final class JodaModuleId {
        static final Object ID = new JodaModule().getTypeId();
    }

    private final ClassLoader functionLoader;
    private final CustomSerializerLookup customSerializers;
    private final Map<Platform, Map<Type, PojoSerializer<Object>>> cache = new EnumMap<>(Platform.class);
    private JacksonFactory jackson;
    private volatile boolean eventModulesRegistered;

    private SerializerSpace(ClassLoader functionLoader) {
        this.functionLoader = functionLoader;
        this.customSerializers = new CustomSerializerLookup(functionLoader);
    }

    /**
     * @param functionLoader the environment's function class loader (event classes, Joda time and
     *     custom serialisers are looked up there)
     * @return an empty space for one environment
     */
    public static SerializerSpace forFunction(ClassLoader functionLoader) {
        return new SerializerSpace(Objects.requireNonNull(functionLoader, "functionLoader"));
    }

    /**
     * The serialiser the RIC would use for {@code type} on {@code platform}, built on first use.
     *
     * @param platform the caller platform of the invocation ({@link Platform#UNKNOWN} at INIT)
     * @param type the declared input or output type
     * @return the cached serialiser
     * @throws RuntimeException what building it threw (the RIC reports that as a loading fault)
     */
    public synchronized PojoSerializer<Object> serializerFor(Platform platform, Type type) {
        Map<Type, PojoSerializer<Object>> byType = cache.computeIfAbsent(platform, p -> new HashMap<>());
        PojoSerializer<Object> serializer = byType.get(type);
        if (serializer == null) {
            serializer = create(platform, type);
            byType.put(type, serializer);
        }
        return serializer;
    }

    private PojoSerializer<Object> create(Platform platform, Type type) {
        PojoSerializer<Object> custom = customSerializers.serializerFor(type);
        if (custom != null) {
            return custom;
        }
        if (type instanceof Class<?> eventClass && LambdaEventSerializers.isLambdaSupportedEvent(eventClass.getName())) {
            return eventSerializer(eventClass);
        }
        if (platform == Platform.ANDROID) {
            return GsonFactory.getInstance().getSerializer(type);
        }
        return new OnEnvironmentMapper(jackson().getSerializer(type));
    }

    private PojoSerializer<Object> eventSerializer(Class<?> eventClass) {
        if (EVENTS_ON_SHARED_MAPPER.contains(eventClass.getName())) {
            JacksonFactory factory = jackson();
            SerializationLibraryGuard.run(() -> factory.getMapper().registerModules(new DateModule(), new DateTimeModule(functionLoader)));
            eventModulesRegistered = true;
            return new OnEnvironmentMapper(ObjectSerializer.of(factory.getSerializer(eventClass)));
        }
        PojoSerializer<?> serializer = SerializationLibraryGuard.call(() -> LambdaEventSerializers.serializerFor(eventClass, functionLoader));
        if (serializer instanceof OrgJsonSerializer<?> shared) {
            return new RebindingEventSerializer(shared, eventClass, functionLoader);
        }
        return new GuardedEventSerializer(ObjectSerializer.of(serializer));
    }

    /** Whether a registered module id is the Date or the Joda module's; the mapper's usual modules load nothing here. */
    private static boolean isEventModule(Object id) {
        if (DATE_MODULE_ID.equals(id)) {
            return true;
        }
        boolean mayBeJoda = !(id instanceof String name) || name.toLowerCase(java.util.Locale.ROOT).contains("joda");
        return mayBeJoda && JodaModuleId.ID.equals(id);
    }

    /** The environment's copy of the library's mapper: same configuration, own caches. */
    private JacksonFactory jackson() {
        if (jackson == null) {
            ObjectMapper shared = JacksonFactory.getInstance().getMapper();
            for (Object id : shared.getRegisteredModuleIds()) {
                if (isEventModule(id)) {
                    throw new IllegalStateException("aws-lambda-java-serialization's shared mapper has the event date modules "
                            + "registered: some code of this JVM called LambdaEventSerializers.serializerFor for one of "
                            + EVENTS_ON_SHARED_MAPPER + "; serialise through SerializerSpace instead");
                }
            }
            // A null naming strategy is the shared mapper's own: this only copies it.
            JacksonFactory copy = JacksonFactory.getInstance().withNamingStrategy(null);
            ObjectMapper mapper = copy.getMapper();
            LookupCache<Object, JavaType> ownTypeCache = new LRUMap<>(16, 200);
            mapper.setTypeFactory(mapper.getTypeFactory().withCache(ownTypeCache));
            jackson = copy;
        }
        return jackson;
    }

    /**
     * A serialiser of the environment's mapper: once the event modules are registered there, the
     * Joda module reaches the library's class cache while writing, so calls then take the guard.
     */
    private final class OnEnvironmentMapper implements PojoSerializer<Object> {
        private final PojoSerializer<Object> delegate;

        OnEnvironmentMapper(PojoSerializer<Object> delegate) {
            this.delegate = delegate;
        }

        @Override
        public Object fromJson(InputStream input) {
            return eventModulesRegistered ? SerializationLibraryGuard.call(() -> delegate.fromJson(input)) : delegate.fromJson(input);
        }

        @Override
        public Object fromJson(String input) {
            return eventModulesRegistered ? SerializationLibraryGuard.call(() -> delegate.fromJson(input)) : delegate.fromJson(input);
        }

        @Override
        public void toJson(Object value, OutputStream output) {
            if (eventModulesRegistered) {
                SerializationLibraryGuard.run(() -> delegate.toJson(value, output));
            } else {
                delegate.toJson(value, output);
            }
        }
    }

    /** An event serialiser of the library, used under the guard. */
    private static final class GuardedEventSerializer implements PojoSerializer<Object> {
        private final PojoSerializer<Object> delegate;

        GuardedEventSerializer(PojoSerializer<Object> delegate) {
            this.delegate = delegate;
        }

        @Override
        public Object fromJson(InputStream input) {
            return SerializationLibraryGuard.call(() -> delegate.fromJson(input));
        }

        @Override
        public Object fromJson(String input) {
            return SerializationLibraryGuard.call(() -> delegate.fromJson(input));
        }

        @Override
        public void toJson(Object value, OutputStream output) {
            SerializationLibraryGuard.run(() -> delegate.toJson(value, output));
        }
    }

    /**
     * The library's S3 serialisers are JVM-wide singletons that remember the last event class and
     * class loader given to them: each call binds this environment's, and unbinds after.
     */
    private static final class RebindingEventSerializer implements PojoSerializer<Object> {
        private final OrgJsonSerializer<Object> shared;
        private final Class<Object> eventClass;
        private final ClassLoader functionLoader;

        @SuppressWarnings("unchecked") // the library's serialisers are typed by the event class they are given
        RebindingEventSerializer(OrgJsonSerializer<?> shared, Class<?> eventClass, ClassLoader functionLoader) {
            this.shared = (OrgJsonSerializer<Object>) shared;
            this.eventClass = (Class<Object>) eventClass;
            this.functionLoader = functionLoader;
        }

        @Override
        public Object fromJson(InputStream input) {
            return SerializationLibraryGuard.call(() -> bound(() -> shared.fromJson(input)));
        }

        @Override
        public Object fromJson(String input) {
            return SerializationLibraryGuard.call(() -> bound(() -> shared.fromJson(input)));
        }

        @Override
        public void toJson(Object value, OutputStream output) {
            SerializationLibraryGuard.call(() -> bound(() -> {
                shared.toJson(value, output);
                return null;
            }));
        }

        private Object bound(Supplier<Object> use) {
            shared.withClass(eventClass).withClassLoader(functionLoader);
            try {
                return use.get();
            } finally {
                shared.withClass(null).withClassLoader(null);
            }
        }
    }
}
