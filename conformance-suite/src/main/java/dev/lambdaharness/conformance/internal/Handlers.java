package dev.lambdaharness.conformance.internal;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaModifier;
import dev.lambdaharness.core.HandlerMethods;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The function's handlers as the runtime finds them: every concrete class implementing
 * {@code RequestHandler} or {@code RequestStreamHandler}, and every declared handler string. The
 * method each one calls is chosen by the core's handler resolution
 * ({@link HandlerMethods#resolve}), on classes loaded (not initialised) through the thread's
 * context class loader, which in a test is the project's test class path.
 */
final class Handlers {

    static final String REQUEST_HANDLER = "com.amazonaws.services.lambda.runtime.RequestHandler";
    static final String STREAM_HANDLER = "com.amazonaws.services.lambda.runtime.RequestStreamHandler";

    private final List<String> declared;

    /** @param declared the handler strings the project declares, e.g. {@code com.example.Orders::create} */
    public Handlers(List<String> declared) {
        this.declared = List.copyOf(declared);
    }

    /** A handler as resolved: its string, its class, the method the runtime calls (null when it does not resolve) and why not. */
    public record Handler(String handler, JavaClass handlerClass, JavaCodeUnit method, String problem) {

        /** @return whether the runtime needs an instance, so a public no-argument constructor */
        public boolean needsInstance() {
            return method == null || !method.getModifiers().contains(JavaModifier.STATIC);
        }
    }

    /** @return the handlers among the analysed classes, by handler class, in the classes' order */
    public Map<JavaClass, List<Handler>> resolve(Collection<JavaClass> analysed) {
        Map<String, JavaClass> byName = new LinkedHashMap<>();
        analysed.forEach(c -> byName.put(c.getName(), c));
        Map<JavaClass, List<Handler>> found = new LinkedHashMap<>();
        for (JavaClass candidate : analysed) {
            if (implementsHandlerInterface(candidate)) {
                found.computeIfAbsent(candidate, c -> new ArrayList<>()).add(resolve(candidate.getName(), candidate, byName));
            }
        }
        for (String handler : declared) {
            String className = handler.contains("::") ? handler.substring(0, handler.lastIndexOf("::")) : handler;
            JavaClass handlerClass = byName.get(className);
            if (handlerClass == null) {
                throw new IllegalArgumentException("Handler " + handler + ": class " + className
                        + " is not among the analysed classes; import the package that holds it (@AnalyzeClasses(packages = ...)) or fix the handler string");
            }
            List<Handler> handlers = found.computeIfAbsent(handlerClass, c -> new ArrayList<>());
            Handler resolved = resolve(handler, handlerClass, byName);
            // A string naming the method an interface implementation already runs adds nothing to check twice.
            if (handlers.stream().noneMatch(h -> h.handler().equals(handler)
                    || (h.method() != null && resolved.method() != null && typed(h.method()).equals(typed(resolved.method()))))) {
                handlers.add(resolved);
            }
        }
        return found;
    }

    /** @return the method itself, or for a compiler's bridge method the typed method it casts and calls */
    static JavaCodeUnit typed(JavaCodeUnit method) {
        if (!CallGraph.isBridge(method)) {
            return method;
        }
        return method.getCallsFromSelf().stream()
                .filter(call -> call.getTarget().getName().equals(method.getName()))
                .map(call -> call.getTarget().resolveMember())
                .flatMap(Optional::stream)
                .map(JavaCodeUnit.class::cast)
                .findFirst()
                .orElse(method);
    }

    static boolean implementsHandlerInterface(JavaClass candidate) {
        return !candidate.isInterface() && !candidate.getModifiers().contains(JavaModifier.ABSTRACT)
                && (candidate.isAssignableTo(REQUEST_HANDLER) || candidate.isAssignableTo(STREAM_HANDLER));
    }

    private static Handler resolve(String handler, JavaClass handlerClass, Map<String, JavaClass> byName) {
        ClassLoader loader = Optional.ofNullable(Thread.currentThread().getContextClassLoader()).orElse(Handlers.class.getClassLoader());
        try {
            Class.forName(handlerClass.getName(), false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalArgumentException("Handler class " + handlerClass.getName() + " was imported from " + handlerClass.getSource().map(s -> s.getUri().toString()).orElse("its class file")
                    + " but the test's class loader cannot load it (" + e + "); run the rules with the function's classes and dependencies on the test class path", e);
        }
        Method method;
        try {
            method = HandlerMethods.resolve(handler, loader);
        } catch (IllegalArgumentException e) {
            return new Handler(handler, handlerClass, null, e.getMessage());
        }
        JavaClass owner = byName.get(method.getDeclaringClass().getName());
        if (owner == null) {
            return new Handler(handler, handlerClass, null, null); // inherited from a library: nothing of ours to follow
        }
        List<String> parameters = Arrays.stream(method.getParameterTypes()).map(Class::getName).toList();
        JavaCodeUnit unit = owner.getCodeUnits().stream()
                .filter(u -> u.getName().equals(method.getName())
                        && u.getRawParameterTypes().stream().map(JavaClass::getName).toList().equals(parameters))
                .findFirst().orElse(null);
        return new Handler(handler, handlerClass, unit, null);
    }
}
