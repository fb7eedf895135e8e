package dev.lambdaharness.core.internal.forked.client;

import dev.lambdaharness.core.internal.runtimeapi.RuntimeApiServer;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.HttpURLConnection;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;

/**
 * The main class of a forked child that does not start the RIC directly: the harness's own runtime
 * client, or a spare environment. It is the only class of the harness on the child's system class
 * path, beside aws-lambda-java-core and aws-lambda-java-serialization (and the RIC's jars for a RIC
 * spare), so the function's class loader, whose parent is the system class loader as in the RIC,
 * sees the runtime's libraries and nothing else of ours. It uses the JDK alone.
 *
 * <p>Arguments: {@code [--spare] (--harness <class path> | --ric) <handler>}.
 * <ul>
 *   <li>{@code --harness}: loads {@link HarnessRuntime} in a class loader of its own over the
 *       harness's jars (a sibling of the function's loader) and lets it prepare.</li>
 *   <li>{@code --ric}: loads and initialises the RIC's own classes and the serialisation library's
 *       Jackson factory, none of which runs function code, then calls the RIC's {@code AWSLambda.main}.</li>
 *   <li>{@code --spare}: after that preparation, and before anything of the function runs, waits
 *       for {@code GET /lambda-harness/spare/start} on the Runtime API's host to answer: the harness
 *       answers when the spare becomes an environment.</li>
 * </ul>
 *
 * <pre>{@code
 * java ... -classpath <boot>:<core>:<serialization> dev.lambdaharness.core.internal.forked.client.ClientBoot \
 *     --harness /path/harness-core.jar:/path/lambda-harness-event-model.jar com.example.Hello::handleRequest
 * }</pre>
 */
public final class ClientBoot {

    /** The path a spare waits on; never a Runtime API path. */
    public static final String SPARE_START_PATH = RuntimeApiServer.SPARE_START_PATH; // a constant: inlined, not loaded

    private static final String HARNESS_RUNTIME = "dev.lambdaharness.core.internal.forked.client.HarnessRuntime";
    private static final String RIC_MAIN = "com.amazonaws.services.lambda.runtime.api.client.AWSLambda";
    /** What the RIC touches on every start before it loads a handler: initialised here, ahead of the gate. */
    private static final List<String> RIC_CLASSES = List.of(
            RIC_MAIN,
            "com.amazonaws.services.lambda.runtime.api.client.LambdaEnvironment",
            "com.amazonaws.services.lambda.runtime.api.client.runtimeapi.NativeClient",
            "com.amazonaws.services.lambda.runtime.api.client.runtimeapi.LambdaRuntimeApiClientImpl",
            "com.amazonaws.services.lambda.runtime.api.client.logging.LambdaContextLogger",
            "com.amazonaws.services.lambda.runtime.api.client.logging.FramedTelemetryLogSink",
            "com.amazonaws.services.lambda.runtime.api.client.logging.TextLogFormatter",
            "com.amazonaws.services.lambda.runtime.api.client.logging.JsonLogFormatter",
            "com.amazonaws.services.lambda.runtime.api.client.EventHandlerLoader",
            "com.amazonaws.services.lambda.runtime.api.client.HandlerInfo",
            "com.amazonaws.services.lambda.runtime.api.client.CustomerClassLoader",
            "com.amazonaws.services.lambda.runtime.api.client.util.ConcurrencyConfig");

    private ClientBoot() {
    }

    public static void main(String[] args) throws Throwable {
        boolean spare = false;
        String harnessClassPath = null;
        boolean ric = false;
        int i = 0;
        for (; i < args.length - 1; i++) {
            if (args[i].equals("--spare")) {
                spare = true;
            } else if (args[i].equals("--ric")) {
                ric = true;
            } else if (args[i].equals("--harness") && i + 1 < args.length - 1) {
                harnessClassPath = args[++i];
            } else {
                break;
            }
        }
        if (i != args.length - 1 || ric == (harnessClassPath != null)) {
            throw new IllegalArgumentException("Usage: ClientBoot [--spare] (--harness <class path> | --ric) <handler>");
        }
        String handler = args[i];
        Runnable runtime = harnessClassPath != null ? harness(harnessClassPath, handler, spare) : ric(handler);
        if (spare) {
            awaitStart();
        }
        runtime.run();
    }

    private static Runnable harness(String classPath, String handler, boolean spare) throws Throwable {
        List<URL> urls = new ArrayList<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                urls.add(new File(entry).toURI().toURL());
            }
        }
        // Unnamed, as the RIC's own classes are on an unnamed loader: frames print without a loader name.
        ClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getSystemClassLoader());
        Method prepare = Class.forName(HARNESS_RUNTIME, true, loader).getMethod("prepare", String.class, boolean.class);
        try {
            return (Runnable) prepare.invoke(null, handler, spare);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static Runnable ric(String handler) throws Throwable {
        ClassLoader system = ClassLoader.getSystemClassLoader();
        for (String name : RIC_CLASSES) {
            Class.forName(name, !name.endsWith("CustomerClassLoader"), system);
        }
        // The serialisation library's shared Jackson factory: the RIC builds the same singleton for any POJO handler.
        Class.forName("com.amazonaws.services.lambda.runtime.serialization.factories.JacksonFactory", true, system)
                .getMethod("getInstance").invoke(null);
        Method main = Class.forName(RIC_MAIN, true, system).getMethod("main", String[].class);
        return () -> {
            try {
                invoke(main, (Object) new String[] {handler});
            } catch (Throwable t) {
                throw ClientBoot.<RuntimeException>sneaky(t);
            }
        };
    }

    /** Blocks until the harness makes this spare an environment; a harness that went away ends the JVM. */
    private static void awaitStart() {
        try {
            URL url = new URL("http://" + System.getenv("AWS_LAMBDA_RUNTIME_API") + SPARE_START_PATH);
            HttpURLConnection connection = (HttpURLConnection) url.openConnection();
            int status = connection.getResponseCode();
            try (InputStream body = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
                if (body != null) {
                    body.readAllBytes();
                }
            }
            if (status != 200) {
                throw new IOException("status " + status);
            }
        } catch (MalformedURLException e) {
            throw new IllegalStateException("AWS_LAMBDA_RUNTIME_API is not host:port: " + e.getMessage(), e);
        } catch (IOException e) {
            System.exit(1); // the harness is gone: nobody will ever use this spare
        }
    }

    private static Object invoke(Method method, Object argument) throws Throwable {
        try {
            return method.invoke(null, argument);
        } catch (InvocationTargetException e) {
            throw e.getCause(); // what the runtime itself threw, as its own main would have thrown it
        }
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> T sneaky(Throwable t) throws T {
        throw (T) t;
    }
}
