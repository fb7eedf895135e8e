package dev.lambdaharness.core;

import dev.lambdaharness.core.internal.handler.HandlerLoader;
import java.lang.reflect.Method;

/**
 * The method the Lambda Java runtime would call for a handler string, chosen by the runtime's
 * rules (class-only handlers through the handler interfaces; for {@code Class::method}, the
 * overload the runtime prefers), without initialising the handler's class or creating its
 * instance, so no code of the function runs. For static analysis of a function's code, as the
 * conformance rules do.
 *
 * <pre>{@code
 * Method method = HandlerMethods.resolve("com.example.Orders::create", getClass().getClassLoader());
 * }</pre>
 */
public final class HandlerMethods {

    private HandlerMethods() {
    }

    /**
     * @param handler the handler string: {@code com.example.Handler} or {@code com.example.Handler::method}
     * @param functionClasses a class loader that sees the function's classes and dependencies
     * @return the method; for a class-only handler, {@code handleRequest} of the handler interface
     *     as the class implements it (a bridge method when the class declares a typed one)
     * @throws IllegalArgumentException with the message the runtime reports for a handler that does
     *     not resolve ({@code Class not found: ...}, {@code No public method named ...})
     */
    public static Method resolve(String handler, ClassLoader functionClasses) {
        return HandlerLoader.handlerMethod(handler, functionClasses);
    }
}
