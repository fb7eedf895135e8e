package dev.lambdaharness.junit.internal;

import dev.lambdaharness.junit.FunctionOverride;
import dev.lambdaharness.junit.LambdaTest;
import dev.lambdaharness.junit.RuntimeScope;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Where things live in JUnit's context tree. A declaration lives in the context of the class that
 * declares it (its owner). A runtime lives in its owner's context under {@link RuntimeScope#CLASS},
 * else in the test's context; a test with overrides always has one of its own. A test's history
 * lives in the test's context. Keys carry the home context's unique id, so a lookup that falls back
 * to ancestor stores never finds a runtime meant for another context.
 */
final class Scopes {

    static final Namespace NAMESPACE = Namespace.create(LambdaTestExtension.class);
    private static final String HISTORY = "history";

    private Scopes() {
    }

    /** The nearest class context whose class declares {@code @LambdaTest}, this one included. */
    static Optional<ExtensionContext> owner(ExtensionContext context) {
        for (ExtensionContext c = context; c != null; c = c.getParent().orElse(null)) {
            if (c.getTestMethod().isEmpty() && c.getTestClass().isPresent()
                    && !annotations(c.getRequiredTestClass()).isEmpty()) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    static ExtensionContext requiredOwner(ExtensionContext context) {
        return owner(context).orElseThrow(() -> new ExtensionConfigurationException(context.getDisplayName()
                + " uses Lambda Harness but no enclosing class declares @LambdaTest. Annotate the test class"
                + " with @LambdaTest(handler = \"...\")."));
    }

    static List<LambdaTest> annotations(Class<?> type) {
        return AnnotationSupport.findRepeatableAnnotations(type, LambdaTest.class);
    }

    /** The owner's declaration, read and checked once. */
    static Declaration declaration(ExtensionContext owner) {
        return owner.getStore(NAMESPACE).getOrComputeIfAbsent("declaration:" + owner.getUniqueId(),
                key -> Declarations.read(owner.getRequiredTestClass(), annotations(owner.getRequiredTestClass()),
                        owner), Declaration.class);
    }

    /** The declaration a test runs with: the class's, changed by the method's overrides. */
    static Declaration declarationForTest(ExtensionContext test) {
        Declaration declared = declaration(requiredOwner(test));
        List<FunctionOverride> overrides = overrides(test);
        if (overrides.isEmpty()) {
            return declared;
        }
        Method method = test.getRequiredTestMethod();
        return test.getStore(NAMESPACE).getOrComputeIfAbsent("declaration:" + test.getUniqueId(),
                key -> Overrides.apply(declared, overrides, method), Declaration.class);
    }

    /** The context a runtime for this one lives in; empty when the scope has none outside a test. */
    static Optional<ExtensionContext> runtimeHome(ExtensionContext context) {
        ExtensionContext owner = requiredOwner(context);
        if (context.getTestMethod().isEmpty()) {
            return declaration(owner).scope() == RuntimeScope.CLASS ? Optional.of(owner) : Optional.empty();
        }
        if (!overrides(context).isEmpty() || declaration(owner).scope() == RuntimeScope.TEST) {
            return Optional.of(context);
        }
        return Optional.of(owner);
    }

    /** The runtime living in {@code home}, created on first use. */
    static ManagedRuntime runtime(ExtensionContext home) {
        Declaration declaration = home.getTestMethod().isPresent() ? declarationForTest(home)
                : declaration(home);
        return home.getStore(NAMESPACE).getOrComputeIfAbsent(runtimeKey(home),
                key -> new ManagedRuntime(declaration, home.getTestInstance().orElse(null),
                        SuiteSpares.poolFor(home, declaration)), ManagedRuntime.class);
    }

    /** The runtime living in {@code home} if one was created. */
    static Optional<ManagedRuntime> existingRuntime(ExtensionContext home) {
        return Optional.ofNullable(home.getStore(NAMESPACE).get(runtimeKey(home), ManagedRuntime.class));
    }

    /** The test's history, created on first use. */
    static TestInvocations history(ExtensionContext test) {
        List<String> functions = declarationForTest(test).functions().stream().map(FunctionSpec::name).toList();
        return test.getStore(NAMESPACE).getOrComputeIfAbsent(HISTORY, key -> new TestInvocations(functions),
                TestInvocations.class);
    }

    /** The history of the test this context belongs to (a dynamic test's is its factory's), if any. */
    static Optional<TestInvocations> existingHistory(ExtensionContext context) {
        return Optional.ofNullable(context.getStore(NAMESPACE).get(HISTORY, TestInvocations.class));
    }

    private static List<FunctionOverride> overrides(ExtensionContext test) {
        return test.getTestMethod()
                .map(method -> AnnotationSupport.findRepeatableAnnotations(method, FunctionOverride.class))
                .orElse(List.of());
    }

    private static String runtimeKey(ExtensionContext home) {
        return "runtime:" + home.getUniqueId();
    }
}
