package dev.lambdaharness.core.internal.hooks;

import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.LambdaRuntime;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The static methods that rewritten call sites in function code call instead of {@link System}
 * and {@link Runtime}. Each takes the calling class as its last argument (the rewriter pushes it
 * with a class constant) and serves the environment of that class's {@link BoundClassLoader}; when
 * the caller was not loaded by one, each does exactly what the original call does.
 *
 * <p>Rewritten call sites, by example:
 * <pre>{@code
 * System.getenv("TABLE")           -> EnvironmentHooks.getenv("TABLE", Caller.class)
 * System.out                       -> EnvironmentHooks.out(Caller.class)
 * Runtime.getRuntime().exit(3)     -> EnvironmentHooks.runtimeExit(Runtime.getRuntime(), 3, Caller.class)
 * System.getProperty(key)          -> EnvironmentHooks.getProperty(key, Caller.class)
 * LambdaRuntime.getLogger()        -> EnvironmentHooks.lambdaRuntimeLogger(Caller.class)
 * }</pre>
 *
 * <p>The property {@value #TRACE_HEADER_PROPERTY} is per environment: the Java runtime interface
 * client sets it before each invocation, so concurrent environments in one JVM would otherwise
 * read each other's trace ids. So are the environment's {@link EnvironmentBinding#ownProperties()}
 * (those Lambda's runtime starts with). Every other key reaches the real system properties.
 */
public final class EnvironmentHooks {

    /** The system property that carries the X-Ray trace header of the current invocation. */
    public static final String TRACE_HEADER_PROPERTY = "com.amazonaws.xray.traceHeader";

    private EnvironmentHooks() {
    }

    /** For {@code System.getenv()}. */
    public static Map<String, String> getenv(Class<?> caller) {
        EnvironmentBinding binding = bindingOf(caller);
        return binding == null ? System.getenv() : binding.environment();
    }

    /** For {@code System.getenv(String)}; a null name throws {@link NullPointerException} as the JDK does. */
    public static String getenv(String name, Class<?> caller) {
        EnvironmentBinding binding = bindingOf(caller);
        if (binding == null) {
            return System.getenv(name);
        }
        return binding.environment().get(Objects.requireNonNull(name, "name"));
    }

    /** For reads of {@code System.out}. */
    public static PrintStream out(Class<?> caller) {
        EnvironmentBinding binding = bindingOf(caller);
        return binding == null ? System.out : binding.out();
    }

    /** For reads of {@code System.err}. */
    public static PrintStream err(Class<?> caller) {
        EnvironmentBinding binding = bindingOf(caller);
        return binding == null ? System.err : binding.err();
    }

    /** For {@code System.setOut(PrintStream)}. */
    public static void setOut(PrintStream stream, Class<?> caller) {
        EnvironmentBinding binding = bindingOf(caller);
        if (binding == null) {
            System.setOut(stream);
        } else {
            binding.setOut(stream);
        }
    }

    /** For {@code System.setErr(PrintStream)}. */
    public static void setErr(PrintStream stream, Class<?> caller) {
        EnvironmentBinding binding = bindingOf(caller);
        if (binding == null) {
            System.setErr(stream);
        } else {
            binding.setErr(stream);
        }
    }

    /** For {@code System.exit(int)}: in an environment, throws the binding's {@link EnvironmentExit}. */
    public static void exit(int status, Class<?> caller) {
        EnvironmentBinding binding = bindingOf(caller);
        if (binding == null) {
            System.exit(status);
            return;
        }
        throw exitError(binding, status, "System.exit");
    }

    /**
     * For {@code runtime.exit(int)}. The receiver stays an argument so that a null one fails as it
     * would have, and so that the call keeps its stack shape.
     */
    public static void runtimeExit(Runtime runtime, int status, Class<?> caller) {
        Objects.requireNonNull(runtime);
        EnvironmentBinding binding = bindingOf(caller);
        if (binding == null) {
            runtime.exit(status);
            return;
        }
        throw exitError(binding, status, "Runtime.exit");
    }

    /** For {@code runtime.halt(int)}; see {@link #runtimeExit}. */
    public static void runtimeHalt(Runtime runtime, int status, Class<?> caller) {
        Objects.requireNonNull(runtime);
        EnvironmentBinding binding = bindingOf(caller);
        if (binding == null) {
            runtime.halt(status);
            return;
        }
        throw exitError(binding, status, "Runtime.halt");
    }

    /** For {@code runtime.addShutdownHook(Thread)}: the environment keeps the hook. */
    public static void addShutdownHook(Runtime runtime, Thread hook, Class<?> caller) {
        Objects.requireNonNull(runtime);
        EnvironmentBinding binding = bindingOf(caller);
        if (binding == null) {
            runtime.addShutdownHook(hook);
            return;
        }
        binding.addShutdownHook(Objects.requireNonNull(hook));
    }

    /** For {@code runtime.removeShutdownHook(Thread)}. */
    public static boolean removeShutdownHook(Runtime runtime, Thread hook, Class<?> caller) {
        Objects.requireNonNull(runtime);
        EnvironmentBinding binding = bindingOf(caller);
        if (binding == null) {
            return runtime.removeShutdownHook(hook);
        }
        return binding.removeShutdownHook(Objects.requireNonNull(hook));
    }

    /** For {@code System.getProperty(String)}. */
    public static String getProperty(String key, Class<?> caller) {
        EnvironmentBinding binding = traceBinding(key, caller);
        if (binding != null) {
            return binding.traceHeader();
        }
        OwnProperties own = ownProperties(key, caller);
        return own == null ? System.getProperty(key) : own.get(key);
    }

    /** For {@code System.getProperty(String, String)}. */
    public static String getProperty(String key, String defaultValue, Class<?> caller) {
        String value;
        EnvironmentBinding binding = traceBinding(key, caller);
        OwnProperties own = ownProperties(key, caller);
        if (binding != null) {
            value = binding.traceHeader();
        } else if (own != null) {
            value = own.get(key);
        } else {
            return System.getProperty(key, defaultValue);
        }
        return value == null ? defaultValue : value;
    }

    /** For {@code System.setProperty(String, String)}: returns the previous value, as the JDK does. */
    public static String setProperty(String key, String value, Class<?> caller) {
        EnvironmentBinding binding = traceBinding(key, caller);
        OwnProperties own = ownProperties(key, caller);
        if (binding == null && own == null) {
            return System.setProperty(key, value);
        }
        // System.setProperty refuses a null value (Properties cannot hold one); so do we.
        Objects.requireNonNull(value);
        if (own != null) {
            return own.set(key, value);
        }
        String previous = binding.traceHeader();
        binding.setTraceHeader(value);
        return previous;
    }

    /** For {@code System.clearProperty(String)}: returns the previous value, as the JDK does. */
    public static String clearProperty(String key, Class<?> caller) {
        EnvironmentBinding binding = traceBinding(key, caller);
        OwnProperties own = ownProperties(key, caller);
        if (own != null) {
            return own.set(key, null);
        }
        if (binding == null) {
            return System.clearProperty(key);
        }
        String previous = binding.traceHeader();
        binding.setTraceHeader(null);
        return previous;
    }

    /** For {@code processBuilder.start()}: the environment records the process, to end it when it closes. */
    public static Process startProcess(ProcessBuilder builder, Class<?> caller) throws IOException {
        return ProcessHooks.started(builder.start(), bindingOf(caller));
    }

    /** For {@code ProcessBuilder.startPipeline(List)}. */
    public static List<Process> startPipeline(List<ProcessBuilder> builders, Class<?> caller) throws IOException {
        return ProcessHooks.started(ProcessBuilder.startPipeline(builders), bindingOf(caller));
    }

    /** For {@code runtime.exec(String)}. */
    @SuppressWarnings("deprecation") // the function's own call, deprecated since JDK 18; it is made as it was written
    public static Process exec(Runtime runtime, String command, Class<?> caller) throws IOException {
        return ProcessHooks.started(runtime.exec(command), bindingOf(caller));
    }

    /** For {@code runtime.exec(String, String[])}. */
    @SuppressWarnings("deprecation")
    public static Process exec(Runtime runtime, String command, String[] env, Class<?> caller) throws IOException {
        return ProcessHooks.started(runtime.exec(command, env), bindingOf(caller));
    }

    /** For {@code runtime.exec(String, String[], File)}. */
    @SuppressWarnings("deprecation")
    public static Process exec(Runtime runtime, String command, String[] env, File dir, Class<?> caller) throws IOException {
        return ProcessHooks.started(runtime.exec(command, env, dir), bindingOf(caller));
    }

    /** For {@code runtime.exec(String[])}. */
    public static Process exec(Runtime runtime, String[] command, Class<?> caller) throws IOException {
        return ProcessHooks.started(runtime.exec(command), bindingOf(caller));
    }

    /** For {@code runtime.exec(String[], String[])}. */
    public static Process exec(Runtime runtime, String[] command, String[] env, Class<?> caller) throws IOException {
        return ProcessHooks.started(runtime.exec(command, env), bindingOf(caller));
    }

    /** For {@code runtime.exec(String[], String[], File)}. */
    public static Process exec(Runtime runtime, String[] command, String[] env, File dir, Class<?> caller) throws IOException {
        return ProcessHooks.started(runtime.exec(command, env, dir), bindingOf(caller));
    }

    /**
     * For {@code LambdaRuntime.getLogger()}: the environment's runtime logger, the very logger its
     * {@code Context.getLogger()} returns, as the runtime interface client installs one logger for
     * both. aws-lambda-java-core is shared by every environment, so its static field cannot be.
     */
    public static LambdaLogger lambdaRuntimeLogger(Class<?> caller) {
        EnvironmentBinding binding = bindingOf(caller);
        return binding == null ? LambdaRuntime.getLogger() : binding.runtimeLogger();
    }

    /** The caller's environment when {@code key} is the trace header property; null sends the call to the real System. */
    private static EnvironmentBinding traceBinding(String key, Class<?> caller) {
        return TRACE_HEADER_PROPERTY.equals(key) ? bindingOf(caller) : null;
    }

    /** The caller's environment's own properties when they include {@code key}; null sends the call to the real System. */
    private static OwnProperties ownProperties(String key, Class<?> caller) {
        EnvironmentBinding binding = bindingOf(caller);
        return binding != null && binding.ownProperties().owns(key) ? binding.ownProperties() : null;
    }

    /** The environment of the caller's class loader, or null outside one. */
    static EnvironmentBinding bindingOf(Class<?> caller) {
        ClassLoader loader = caller.getClassLoader();
        return loader instanceof BoundClassLoader bound ? bound.environmentBinding() : null;
    }

    private static EnvironmentExit exitError(EnvironmentBinding binding, int status, String how) {
        EnvironmentExit exit = binding.exit(status, how);
        // A binding that forgot to answer must still not let the call return to the function.
        return exit != null ? exit : new EnvironmentExit(status, how);
    }
}
