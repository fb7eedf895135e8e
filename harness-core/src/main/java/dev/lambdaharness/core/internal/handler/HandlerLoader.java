package dev.lambdaharness.core.internal.handler;

import dev.lambdaharness.events.serialization.SerializerSpace;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.util.Objects;
import java.util.Optional;

/**
 * Loads a function's handler the way the RIC 2.9.0 does before its first {@code /next}: parse the
 * handler string, load and initialise the class in the function's class loader, resolve the
 * handler interface or method, create the instance and the serialisers.
 *
 * <p>Faults the RIC reports only when invoked (invalid handler string, class not found, missing
 * class while loading, no public zero-argument constructor, no usable signature...) do not fail
 * here: the returned handler fails every invocation with the RIC's body. What the RIC reports on
 * {@code /init/error} (a static initialiser or constructor throws) throws {@link InitFailure}.
 *
 * <p>What the function class loader must be for the bytes to match: unnamed (a named loader
 * prefixes every frame of its classes with its name), delegating the
 * {@code com.amazonaws.services.lambda.runtime} types of aws-lambda-java-core to the loader of this
 * class (or the handler interfaces are not ours), and not a class of
 * {@code dev.lambdaharness.core.internal} if it overrides {@code loadClass}/{@code findClass}
 * (frames of that package are cut from traces as the runtime's own).
 *
 * <pre>{@code
 * FunctionHandler handler = HandlerLoader.load("com.example.Orders::create", functionLoader);
 * byte[] response = handler.handle("{\"sku\":\"A-1\"}".getBytes(StandardCharsets.UTF_8), context);
 * }</pre>
 */
public final class HandlerLoader {

    private HandlerLoader() {
    }

    /**
     * Loads with the runtime's own stderr lines ("Ignoring ... overload", "Will ignore return
     * type ...") going to {@link System#err}.
     *
     * @see #load(String, ClassLoader, PrintStream)
     */
    public static FunctionHandler load(String handler, ClassLoader functionLoader) throws InitFailure {
        return load(handler, functionLoader, System.err);
    }

    /**
     * @param handler the handler string: {@code com.example.Handler} or {@code com.example.Handler::method}
     * @param functionLoader the environment's function class loader
     * @param runtimeStderr where the lines the RIC prints on its stderr while loading go (the
     *     environment's log)
     * @return the handler, or one that fails every invocation with the RIC's fault
     * @throws InitFailure when the RIC would report an init error and exit
     * @throws HandlerLoadCrash when the RIC's own loader would die with an uncaught throwable
     */
    public static FunctionHandler load(String handler, ClassLoader functionLoader, PrintStream runtimeStderr) throws InitFailure {
        Objects.requireNonNull(handler, "handler");
        Objects.requireNonNull(functionLoader, "functionLoader");
        Objects.requireNonNull(runtimeStderr, "runtimeStderr");
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(functionLoader);
        try {
            return find(handler, functionLoader, runtimeStderr);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /**
     * The method the runtime would call for a handler string, chosen by the same rules as
     * {@link #load}, without initialising the handler's class or creating its instance (no user
     * code runs): for static analysis of the function's code; exported as
     * {@link dev.lambdaharness.core.HandlerMethods#resolve}.
     *
     * <pre>{@code
     * Method method = HandlerLoader.handlerMethod("com.example.Orders::create", projectLoader);
     * }</pre>
     *
     * @param handler the handler string: {@code com.example.Handler} or {@code com.example.Handler::method}
     * @param functionLoader a loader of the function's classes
     * @return the method; for a class-only handler, {@code handleRequest} of the handler interface as
     *     the class implements it (a bridge method when the class declares a typed one)
     * @throws IllegalArgumentException with the message the runtime reports for a handler that does
     *     not resolve ({@code Class not found: ...}, {@code No public method named ...})
     */
    public static Method handlerMethod(String handler, ClassLoader functionLoader) {
        Objects.requireNonNull(handler, "handler");
        Objects.requireNonNull(functionLoader, "functionLoader");
        Optional<HandlerString> parsed = HandlerString.parse(handler);
        if (parsed.isEmpty()) {
            throw new IllegalArgumentException(invalidHandlerMessage(handler));
        }
        String className = parsed.get().className();
        try {
            Class<?> handlerClass = Class.forName(className, false, functionLoader);
            // The runtime's own stderr lines about ignored overloads say nothing to a static check.
            return new HandlerResolver(null, new PrintStream(OutputStream.nullOutputStream())).select(handlerClass, parsed.get().methodName());
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException(LoaderFault.classNotFound(e, className).body().errorMessage(), e);
        } catch (LinkageError e) {
            throw new IllegalArgumentException(LoaderFault.classLoadingFailed(e, className).body().errorMessage(), e);
        } catch (LoaderFault fault) {
            throw new IllegalArgumentException(fault.body().errorMessage(), fault.source());
        }
    }

    /**
     * The class part of a handler string as the runtime splits it (at the last {@code ::}), for
     * checks made before the function runs, so that they and the runtime agree on the class.
     *
     * <pre>{@code
     * HandlerLoader.handlerClassName("a::b::c"); // Optional[a::b]
     * HandlerLoader.handlerClassName("::");      // Optional.empty: the runtime's "Invalid handler"
     * }</pre>
     *
     * @return the class name, or empty when the runtime finds the handler string invalid
     */
    public static Optional<String> handlerClassName(String handler) {
        return HandlerString.parse(handler).map(HandlerString::className);
    }

    /** The runtime's message for a handler string it cannot split into a class and a method. */
    public static String invalidHandlerMessage(String handler) {
        return "Invalid handler: `" + handler + "'";
    }

    private static FunctionHandler find(String handler, ClassLoader functionLoader, PrintStream runtimeStderr) throws InitFailure {
        Optional<HandlerString> parsed = HandlerString.parse(handler);
        if (parsed.isEmpty()) {
            return new FaultHandler(LoaderFault.ofMessage(invalidHandlerMessage(handler)));
        }
        String className = parsed.get().className();
        Class<?> handlerClass;
        try {
            handlerClass = Class.forName(className, true, functionLoader);
        } catch (ClassNotFoundException e) {
            return new FaultHandler(LoaderFault.classNotFound(e, className));
        } catch (NoClassDefFoundError e) {
            // Fatal, yet reported at the first invocation, after which the RIC's loop exits.
            return new FaultHandler(LoaderFault.classLoadingFailed(e, className));
        } catch (Throwable t) {
            throw new InitFailure(LoaderFault.classLoadingFailed(t, className));
        }
        HandlerResolver resolver = new HandlerResolver(SerializerSpace.forFunction(functionLoader), runtimeStderr);
        try {
            return new EnvironmentHandler(resolver.resolve(handlerClass, parsed.get().methodName()), functionLoader);
        } catch (LoaderFault fault) {
            if (fault.fatal()) {
                throw new InitFailure(fault); // the constructor threw
            }
            return new FaultHandler(fault);
        } catch (Throwable t) {
            throw new HandlerLoadCrash(t);
        }
    }
}
