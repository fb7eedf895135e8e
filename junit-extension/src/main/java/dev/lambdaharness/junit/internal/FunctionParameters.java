package dev.lambdaharness.junit.internal;

import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.core.LambdaRuntime;
import dev.lambdaharness.core.RuntimeClock;
import dev.lambdaharness.core.VirtualClock;
import dev.lambdaharness.junit.Function;
import dev.lambdaharness.junit.InvocationHistory;
import dev.lambdaharness.junit.RuntimeScope;
import java.lang.reflect.Constructor;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;

/** Supplies {@code LambdaFunction}, {@code LambdaRuntime}, the runtime's clock and {@code InvocationHistory} parameters. */
final class FunctionParameters {

    private FunctionParameters() {
    }

    static boolean supports(ParameterContext parameter) {
        Class<?> type = parameter.getParameter().getType();
        return parameter.isAnnotated(Function.class) || type == LambdaFunction.class || type == LambdaRuntime.class
                || type == InvocationHistory.class || type == VirtualClock.class || type == RuntimeClock.class;
    }

    static Object resolve(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        Optional<Function> qualifier = parameter.findAnnotation(Function.class);
        if (type == LambdaFunction.class) {
            ManagedRuntime runtime = runtime(parameter, context);
            return runtime.function(name(parameter, qualifier, runtime.declaration()));
        }
        if (type == VirtualClock.class || type == RuntimeClock.class) {
            if (qualifier.isPresent()) {
                throw new ParameterResolutionException(Parameters.describe(parameter) + " has @Function, but the clock"
                        + " is the runtime's, shared by all the functions of the test. Remove @Function.");
            }
            return runtime(parameter, context).runtime().clock();
        }
        if (type == LambdaRuntime.class) {
            if (qualifier.isPresent()) {
                throw new ParameterResolutionException(Parameters.describe(parameter) + " has @Function, but a"
                        + " LambdaRuntime holds all the functions of the test. Remove @Function, or make it a"
                        + " LambdaFunction parameter.");
            }
            return runtime(parameter, context).runtime();
        }
        if (type == InvocationHistory.class) {
            if (context.getTestMethod().isEmpty()) {
                throw new ParameterResolutionException(Parameters.describe(parameter) + " cannot be supplied"
                        + " outside a test: an InvocationHistory holds the invocations of one test. Take it in a"
                        + " test method or an @BeforeEach or @AfterEach method.");
            }
            TestInvocations history = Scopes.history(context);
            if (qualifier.isEmpty()) {
                return history;
            }
            return history.of(name(parameter, qualifier, Scopes.declarationForTest(context)));
        }
        throw new ParameterResolutionException(Parameters.describe(parameter) + " has @Function, which qualifies"
                + " LambdaFunction and InvocationHistory parameters only. Change the parameter's type or remove"
                + " @Function.");
    }

    private static ManagedRuntime runtime(ParameterContext parameter, ExtensionContext context) {
        ExtensionContext home = Scopes.runtimeHome(context).orElseThrow(() -> new ParameterResolutionException(
                Parameters.describe(parameter) + " cannot be supplied outside a test: "
                        + Scopes.declaration(Scopes.requiredOwner(context)).owner().getSimpleName()
                        + " has scope TEST, a fresh runtime for each test" + olderJupiter(parameter)
                        + ". Set scope = RuntimeScope." + RuntimeScope.CLASS + " on @LambdaTest to share one runtime"
                        + " across the class's tests, or take the parameter in a test method or an @BeforeEach"
                        + " method."));
        ManagedRuntime runtime = Scopes.runtime(home);
        if (context.getTestMethod().isPresent()) {
            runtime.listen(Scopes.history(context));
        }
        return runtime;
    }

    /** Why a constructor cannot take a per-test runtime on Jupiter before 5.12; empty where that is not why. */
    private static String olderJupiter(ParameterContext parameter) {
        if (!(parameter.getDeclaringExecutable() instanceof Constructor) || Jupiter.resolvesConstructorsPerTest()) {
            return "";
        }
        return ", and JUnit Jupiter " + Jupiter.version() + " resolves constructor parameters for the class, outside"
                + " any test (5.12 and later resolve them in the test's own context: raise JUnit to take them there)";
    }

    private static String name(ParameterContext parameter, Optional<Function> qualifier, Declaration declaration) {
        String owner = declaration.owner().getSimpleName();
        if (qualifier.isPresent()) {
            String name = qualifier.get().value();
            if (declaration.function(name).isEmpty()) {
                throw new ParameterResolutionException("@Function(\"" + name + "\") on "
                        + Parameters.describe(parameter) + " names no function: " + owner + " declares "
                        + declaration.names() + ". Use one of those names, or declare the function with"
                        + " @LambdaTest(name = \"" + name + "\", handler = \"...\").");
            }
            return name;
        }
        if (declaration.functions().size() > 1) {
            throw new ParameterResolutionException(Parameters.describe(parameter) + " does not say which function"
                    + " it is: " + owner + " declares " + declaration.names() + ". Annotate it with @Function(\""
                    + declaration.functions().get(0).name() + "\") or another of those names.");
        }
        return declaration.functions().get(0).name();
    }
}
