package dev.lambdaharness.core.internal.forked.client;

import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.LambdaRuntime;
import com.amazonaws.services.lambda.runtime.serialization.factories.JacksonFactory;
import dev.lambdaharness.core.internal.RuntimeSystemProperties;
import dev.lambdaharness.core.internal.handler.HandlerLoader;
import dev.lambdaharness.core.internal.handler.LambdaContext;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.Security;
import java.util.List;
import java.util.Properties;

/**
 * What the runtime interface client changes in its JVM before it loads a handler
 * (runtime-facts §3.1), done the same way by the harness's runtime client: the TLS algorithms it
 * disables, the system trust store where there is one, a one-second negative DNS cache, UTF-8
 * standard streams, and its logger as {@code LambdaRuntime.getLogger()}.
 */
final class RuntimeSettings {

    private static final String DISABLED_TLS = "SSLv3, RC4, MD5withRSA, DH keySize < 1024, EC keySize < 224, DES40_CBC, RC4_40,"
            + " 3DES_EDE_CBC";
    private static final String NEGATIVE_TTL = "networkaddress.cache.negative.ttl";

    private RuntimeSettings() {
    }

    static void apply(LambdaLogger logger) {
        Security.setProperty("jdk.tls.disabledAlgorithms", DISABLED_TLS);
        if (System.getProperty(RuntimeSystemProperties.TRUST_STORE_PROPERTY) == null
                && Files.isRegularFile(RuntimeSystemProperties.SYSTEM_CACERTS)) {
            System.setProperty(RuntimeSystemProperties.TRUST_STORE_PROPERTY, RuntimeSystemProperties.SYSTEM_CACERTS.toString());
        }
        if (!securityPropertiesDefine(NEGATIVE_TTL)) {
            String ttl = System.getenv("AWS_LAMBDA_JAVA_NETWORKADDRESS_CACHE_NEGATIVE_TTL");
            Security.setProperty(NEGATIVE_TTL, ttl == null ? "1" : ttl);
        }
        System.setOut(new PrintStream(new Passthrough(System.out), false, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new Passthrough(System.err), false, StandardCharsets.UTF_8));
        try {
            Field field = LambdaRuntime.class.getDeclaredField("logger");
            field.setAccessible(true);
            field.set(null, logger);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("Cannot install the runtime's logger as LambdaRuntime.getLogger(): " + e, e);
        }
    }

    /**
     * For a spare, which has time before it is needed: loads the runtime's own classes and builds
     * the serialisation library's Jackson factory (none of which runs function code), so that the
     * rest of its INIT is the function's work and the handler's. Only what a start loads anyway (the
     * factory serves every POJO handler), so that the spare's Init Duration stays what a start
     * without a spare would show; what a start may never need (Gson for errors and JSON logs,
     * Jackson for client contexts) is left to load when needed.
     */
    static void preload() {
        JacksonFactory.getInstance();
        for (Class<?> type : List.of(HandlerLoader.class, LambdaContext.class, NextInvocation.class,
                dev.lambdaharness.events.serialization.SerializerSpace.class)) {
            type.getName(); // loaded by being named here
        }
    }

    private static boolean securityPropertiesDefine(String key) {
        String file = System.getProperty("java.security.properties");
        if (file == null) {
            return false;
        }
        try (InputStream in = new FileInputStream(file)) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.containsKey(key);
        } catch (IOException e) {
            return false;
        }
    }

    /** Hands whole arrays on to the stream it wraps (a FilterOutputStream would go byte by byte). */
    private static final class Passthrough extends OutputStream {
        private final OutputStream inner;

        Passthrough(OutputStream inner) {
            this.inner = inner;
        }

        @Override
        public void write(int b) throws IOException {
            inner.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            inner.write(bytes, offset, length);
        }

        @Override
        public void flush() throws IOException {
            inner.flush();
        }
    }
}
