package dev.lambdaharness.benchmarks;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.amazonaws.services.lambda.runtime.serialization.factories.JacksonFactory;
import dev.lambdaharness.core.FunctionCode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;

/**
 * The least any runtime must do to invoke the SQS handler: deserialise the event bytes with
 * aws-lambda-java-serialization, call the handler, serialise its response. No harness, no thread
 * hand-off, no logs, no context beyond a constant one. This is the floor the harness's warm invoke
 * is measured against.
 *
 * <p>The handler and the events classes come from the same function code the harness loads, through
 * a class loader of their own that shares only the runtime libraries with the caller, so that both
 * sides run the same classes with the same serialisers.
 *
 * <pre>{@code
 * try (SerializationFloor floor = SerializationFloor.of(BenchmarkFunctions.code(), BenchmarkFunctions.SQS_HANDLER)) {
 *     byte[] response = floor.invoke(BenchmarkFunctions.sqsEvent());
 * }
 * }</pre>
 */
public final class SerializationFloor implements AutoCloseable {

    private static final String EVENT_CLASS = "com.amazonaws.services.lambda.runtime.events.SQSEvent";
    private static final String RESPONSE_CLASS = "com.amazonaws.services.lambda.runtime.events.SQSBatchResponse";

    private final URLClassLoader loader;
    private final PojoSerializer<Object> eventSerializer;
    private final PojoSerializer<Object> responseSerializer;
    private final RequestHandler<Object, Object> handler;
    private final Context context = new ConstantContext();

    private SerializationFloor(URLClassLoader loader, PojoSerializer<Object> eventSerializer,
            PojoSerializer<Object> responseSerializer, RequestHandler<Object, Object> handler) {
        this.loader = loader;
        this.eventSerializer = eventSerializer;
        this.responseSerializer = responseSerializer;
        this.handler = handler;
    }

    /**
     * Loads the handler and builds the serialisers for {@code SQSEvent} and
     * {@code SQSBatchResponse}, as the Lambda Java runtime builds them for such a handler.
     */
    public static SerializationFloor of(FunctionCode code, String handlerClass) {
        URLClassLoader loader = new URLClassLoader(urls(code.classpath()), new RuntimeLibrariesOnly());
        try {
            Class<Object> eventClass = load(loader, EVENT_CLASS);
            Class<Object> responseClass = load(loader, RESPONSE_CLASS);
            PojoSerializer<Object> events = LambdaEventSerializers.serializerFor(eventClass, loader);
            PojoSerializer<Object> responses = JacksonFactory.getInstance().getSerializer(responseClass);
            @SuppressWarnings("unchecked") // the SQS handler's declared types are the two classes above
            RequestHandler<Object, Object> handler = (RequestHandler<Object, Object>) loader.loadClass(handlerClass)
                    .getConstructor().newInstance();
            return new SerializationFloor(loader, events, responses, handler);
        } catch (ReflectiveOperationException e) {
            closeQuietly(loader);
            throw new IllegalStateException("Cannot load " + handlerClass + " from " + code, e);
        }
    }

    /** Deserialise, call, serialise: the response bytes. */
    public byte[] invoke(byte[] payload) {
        Object event = eventSerializer.fromJson(new ByteArrayInputStream(payload));
        Object response = handler.handleRequest(event, context);
        ByteArrayOutputStream output = new ByteArrayOutputStream(1024);
        responseSerializer.toJson(response, output);
        return output.toByteArray();
    }

    @Override
    public void close() {
        closeQuietly(loader);
    }

    @SuppressWarnings("unchecked") // a Class<?> used only as a token for the serialisers
    private static Class<Object> load(ClassLoader loader, String name) throws ClassNotFoundException {
        return (Class<Object>) loader.loadClass(name);
    }

    private static URL[] urls(List<Path> classpath) {
        URL[] urls = new URL[classpath.size()];
        for (int i = 0; i < urls.length; i++) {
            try {
                urls[i] = classpath.get(i).toUri().toURL();
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException(classpath.get(i) + " is not a valid class path entry", e);
            }
        }
        return urls;
    }

    private static void closeQuietly(URLClassLoader loader) {
        try {
            loader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The parent of the floor's class loader: the JDK, plus aws-lambda-java-core and
     * aws-lambda-java-serialization from the caller's class path (so {@code RequestHandler} is one
     * class on both sides). The events classes are not shared even when the caller's class path
     * has them, so the floor loads them from the function code, as the harness does.
     */
    private static final class RuntimeLibrariesOnly extends ClassLoader {

        static {
            registerAsParallelCapable();
        }

        private final ClassLoader caller = SerializationFloor.class.getClassLoader();

        RuntimeLibrariesOnly() {
            super("floor-runtime-libraries", ClassLoader.getPlatformClassLoader());
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            boolean runtimeLibrary = name.startsWith("com.amazonaws.lambda.thirdparty.")
                    || name.startsWith("com.amazonaws.services.lambda.runtime.")
                            && !name.startsWith("com.amazonaws.services.lambda.runtime.events.");
            if (runtimeLibrary) {
                return caller.loadClass(name);
            }
            throw new ClassNotFoundException(name);
        }
    }

    /** A context with constant values: the floor's handler reads none of them. */
    private static final class ConstantContext implements Context {
        private static final LambdaLogger DISCARD = new LambdaLogger() {
            @Override
            public void log(String message) {
            }

            @Override
            public void log(byte[] message) {
            }
        };

        @Override
        public String getAwsRequestId() {
            return "00000000-0000-0000-0000-000000000000";
        }

        @Override
        public String getLogGroupName() {
            return "/aws/lambda/sqs-batch";
        }

        @Override
        public String getLogStreamName() {
            return "2026/01/01/[$LATEST]00000000000000000000000000000000";
        }

        @Override
        public String getFunctionName() {
            return "sqs-batch";
        }

        @Override
        public String getFunctionVersion() {
            return "$LATEST";
        }

        @Override
        public String getInvokedFunctionArn() {
            return "arn:aws:lambda:us-east-1:123456789012:function:sqs-batch";
        }

        @Override
        public CognitoIdentity getIdentity() {
            return null;
        }

        @Override
        public ClientContext getClientContext() {
            return null;
        }

        @Override
        public int getRemainingTimeInMillis() {
            return 3000;
        }

        @Override
        public int getMemoryLimitInMB() {
            return 128;
        }

        @Override
        public LambdaLogger getLogger() {
            return DISCARD;
        }
    }
}
