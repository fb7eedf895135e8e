package dev.lambdaharness.junit.internal;

import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.InvalidConfigurationException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * The method a {@code @LambdaTest(configure = "…")} names, which changes a function's configuration
 * when its runtime starts rather than when the class is compiled: a fake service's port, a temporary
 * directory. Found and checked with the rest of the declaration, before the class's first test;
 * called each time a runtime for the function is created, after the test class's own
 * {@code @BeforeAll} and {@code @BeforeEach} methods.
 *
 * <pre>{@code
 * RunTimeConfiguration configure = RunTimeConfiguration.find("withFake", OrdersTest.class, where);
 * FunctionConfig config = configure.apply(declared, testInstance);
 * }</pre>
 */
final class RunTimeConfiguration {

    static final RunTimeConfiguration NONE = new RunTimeConfiguration(null, null);

    private final Method method;
    private final String where;

    private RunTimeConfiguration(Method method, String where) {
        this.method = method;
        this.where = where;
    }

    /**
     * The method {@code name} taking one {@code FunctionConfig.Builder}: of {@code owner} or its
     * superclasses, or else a static one of a class enclosing it (a {@code @Nested} class's outer test
     * class, where shared fakes usually live).
     */
    static RunTimeConfiguration find(String name, Class<?> owner, String where) {
        if (name.isBlank()) {
            return NONE;
        }
        List<Method> candidates = new ArrayList<>();
        Optional<Method> found = Optional.empty();
        for (Class<?> enclosing = owner; enclosing != null && found.isEmpty(); enclosing = enclosing.getEnclosingClass()) {
            boolean own = enclosing == owner;
            for (Class<?> type = enclosing; type != null && type != Object.class; type = type.getSuperclass()) {
                for (Method declared : type.getDeclaredMethods()) {
                    if (declared.getName().equals(name) && (own || Modifier.isStatic(declared.getModifiers()))) {
                        candidates.add(declared);
                    }
                }
            }
            found = candidates.stream()
                    .filter(m -> m.getParameterCount() == 1 && m.getParameterTypes()[0] == FunctionConfig.Builder.class)
                    .findFirst();
        }
        if (found.isEmpty()) {
            throw new ExtensionConfigurationException(where + " names configure = \"" + name + "\", but "
                    + owner.getSimpleName() + (candidates.isEmpty() ? " has no method of that name"
                    : " has no " + name + " taking one FunctionConfig.Builder")
                    + ". Declare static void " + name + "(FunctionConfig.Builder function) { function.environment(\"KEY\","
                    + " value); } in " + owner.getSimpleName() + ".");
        }
        Method method = found.get();
        method.setAccessible(true);
        return new RunTimeConfiguration(method, where);
    }

    private boolean isStatic() {
        return method == null || Modifier.isStatic(method.getModifiers());
    }

    /** Refuses an instance method, for a runtime that outlives one test instance. */
    void requireStatic() {
        if (!isStatic()) {
            throw new ExtensionConfigurationException(where + " names configure = \"" + method.getName() + "\", an"
                    + " instance method, but its runtime lives beyond one test instance (scope = CLASS). Make "
                    + method.getName() + " static.");
        }
    }

    /**
     * The configuration as the method leaves it.
     *
     * @param testInstance the instance to call an instance method on, null where there is none
     */
    FunctionConfig apply(FunctionConfig declared, Object testInstance) {
        if (method == null) {
            return declared;
        }
        if (testInstance == null) {
            requireStatic();
        }
        FunctionConfig.Builder builder = declared.toBuilder();
        try {
            method.invoke(isStatic() ? null : testInstance, builder);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof InvalidConfigurationException invalid) {
                throw invalid(invalid);
            }
            throw new ExtensionConfigurationException(where + ": its configure method " + method.getName()
                    + " threw " + cause, cause);
        } catch (IllegalAccessException e) {
            throw new ExtensionConfigurationException(where + ": its configure method " + method.getName()
                    + " cannot be called: " + e.getMessage(), e);
        }
        try {
            return builder.build();
        } catch (InvalidConfigurationException e) {
            throw invalid(e);
        }
    }

    private ExtensionConfigurationException invalid(InvalidConfigurationException e) {
        return new ExtensionConfigurationException(where + ": its configure method " + method.getName()
                + " set an invalid configuration. " + e.getMessage(), e);
    }
}
