package dev.lambdaharness.junit.internal;

import java.util.List;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.DynamicTestInvocationContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestInstantiationAwareExtension.ExtensionContextScope;

/**
 * The extension behind {@code @LambdaTest}: checks a class's declaration before its tests, supplies
 * functions, runtimes, histories and event fixtures as parameters, and shows a failed test's
 * invocation logs. The JUnit store owns every runtime it starts and closes it with its context.
 */
public final class LambdaTestExtension implements BeforeAllCallback, BeforeEachCallback,
        AfterTestExecutionCallback, ParameterResolver, InvocationInterceptor {

    @Override
    public void beforeAll(ExtensionContext context) {
        Jupiter.requireSupported();
        // Without @LambdaTest the extension is here for @Event parameters only.
        Scopes.owner(context).ifPresent(Scopes::declaration);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (Scopes.owner(context).isEmpty()) {
            return;
        }
        Scopes.declarationForTest(context);
        // A class runtime may be invoked through a function kept from @BeforeAll: this test hears it too.
        Scopes.owner(context).flatMap(Scopes::existingRuntime)
                .ifPresent(runtime -> runtime.listen(Scopes.history(context)));
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isPresent()) {
            Scopes.existingHistory(context).ifPresent(history -> FailureOutput.show(context, history.entries()));
        }
    }

    @Override
    public void interceptDynamicTest(Invocation<Void> invocation, DynamicTestInvocationContext invocationContext,
            ExtensionContext context) throws Throwable {
        int before = Scopes.existingHistory(context).map(history -> history.entries().size()).orElse(0);
        try {
            invocation.proceed();
        } catch (Throwable failure) {
            Scopes.existingHistory(context).ifPresent(history -> {
                List<TestInvocations.Entry> entries = history.entries();
                FailureOutput.show(context, entries.subList(before, entries.size()));
            });
            throw failure;
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return EventParameters.supports(parameter) || FunctionParameters.supports(parameter);
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return EventParameters.supports(parameter) ? EventParameters.resolve(parameter)
                : FunctionParameters.resolve(parameter, context);
    }

    /**
     * Constructor parameters resolve in the test's context, so a per-test runtime is the test's own.
     * JUnit Jupiter 5.12 and later call this ({@code ParameterResolver} extends
     * {@code TestInstantiationAwareExtension} there); older ones resolve constructor parameters in the
     * class's context and never call it. It is declared without {@code @Override}, and the class does
     * not name the interface, so the class loads on 5.10 and 5.11 too.
     */
    public ExtensionContextScope getTestInstantiationExtensionContextScope(ExtensionContext rootContext) {
        return ExtensionContextScope.TEST_METHOD;
    }
}
