package dev.lambdaharness.conformance.internal.contract;

import dev.lambdaharness.core.FunctionCode;
import dev.lambdaharness.core.HandlerMethods;
import dev.lambdaharness.events.EventFixture;
import dev.lambdaharness.events.EventFixtures;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The input type a handler declares, found as the runtime resolves the handler (the harness's
 * {@link HandlerMethods}), on the function's code, without initialising its class: the typed
 * method of a {@code RequestHandler}, not the compiler's bridge.
 *
 * <pre>{@code
 * Optional<String> type = HandlerInput.typeName("com.example.Orders", code);   // com.amazonaws...SQSEvent
 * List<EventFixture> fitting = HandlerInput.fixtures(type.get());               // sqs/receive-message, ...
 * }</pre>
 */
public final class HandlerInput {

    private HandlerInput() {
    }

    /**
     * @return the input's class name, or empty when the handler takes no input or does not resolve
     *     (the {@code init-within-limit} check reports that with the runtime's message)
     */
    public static Optional<String> typeName(String handler, FunctionCode code) {
        try (URLClassLoader loader = new URLClassLoader(urls(code.classpath()), HandlerInput.class.getClassLoader())) {
            Method method = HandlerMethods.resolve(handler, loader);
            if (method.isBridge()) {
                method = typed(method);
            }
            return method.getParameterCount() == 0 ? Optional.empty() : Optional.of(method.getParameterTypes()[0].getName());
        } catch (IllegalArgumentException | LinkageError | IOException e) {
            return Optional.empty();
        }
    }

    /** @return the built-in event fixtures written for an input type, in the catalogue's order */
    public static List<EventFixture> fixtures(String typeName) {
        return EventFixtures.catalogue().stream().filter(fixture -> fixture.typeName().filter(typeName::equals).isPresent())
                .toList();
    }

    private static Method typed(Method bridge) {
        for (Method candidate : bridge.getDeclaringClass().getMethods()) {
            if (candidate.getName().equals(bridge.getName()) && !candidate.isBridge()
                    && !Modifier.isAbstract(candidate.getModifiers())
                    && candidate.getParameterCount() == bridge.getParameterCount()) {
                return candidate;
            }
        }
        return bridge;
    }

    private static URL[] urls(List<Path> paths) throws MalformedURLException {
        URL[] urls = new URL[paths.size()];
        for (int i = 0; i < urls.length; i++) {
            urls[i] = paths.get(i).toUri().toURL();
        }
        return urls;
    }
}
