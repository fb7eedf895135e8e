package dev.lambdaharness.junit.internal;

import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.InvalidConfigurationException;
import dev.lambdaharness.core.Isolation;
import dev.lambdaharness.core.LambdaRuntime;
import dev.lambdaharness.core.SpareEnvironments;
import dev.lambdaharness.junit.LambdaTest;
import dev.lambdaharness.junit.RuntimeScope;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Reads and checks everything a class declares, before any of its tests runs. */
final class Declarations {

    private Declarations() {
    }

    static Declaration read(Class<?> owner, List<LambdaTest> annotations, ExtensionContext context) {
        Isolation suiteIsolation = SuiteSettings.isolation(context);
        double scale = SuiteSettings.timeoutScale(context);
        List<FunctionSpec> functions = new ArrayList<>();
        Map<String, LambdaTest> byName = new HashMap<>();
        for (LambdaTest annotation : annotations) {
            for (FunctionSpec function : AnnotationReader.readAll(annotation, owner, suiteIsolation)) {
                LambdaTest same = byName.putIfAbsent(function.name(), annotation);
                if (same != null) {
                    throw new ExtensionConfigurationException(owner.getSimpleName() + " declares two functions named '"
                            + function.name() + "' (" + AnnotationReader.describe(same, owner) + " and "
                            + AnnotationReader.describe(annotation, owner) + "). Give each @LambdaTest its own name.");
                }
                functions.add(function);
            }
        }
        RuntimeScope scope = scope(owner, annotations);
        int debugPort = debugPort(owner, annotations, context);
        Declaration declaration = new Declaration(owner, List.copyOf(functions), scope, scale, debugPort,
                SuiteSettings.strictRuntime(context), suiteIsolation, accountConcurrency(owner, annotations),
                annotations.stream().anyMatch(LambdaTest::duplicateAsyncEvents),
                annotations.stream().anyMatch(LambdaTest::invokeApi),
                spares(owner, annotations, context), SuiteSettings.remote(context, functions));
        for (FunctionSpec function : functions) {
            HandlerCheck.check(function, owner);
        }
        checkDeployable(declaration);
        return declaration;
    }

    private static RuntimeScope scope(Class<?> owner, List<LambdaTest> annotations) {
        RuntimeScope scope = annotations.get(0).scope();
        for (LambdaTest annotation : annotations) {
            if (annotation.scope() != scope) {
                throw new ExtensionConfigurationException(owner.getSimpleName() + " declares functions with"
                        + " different scopes (" + AnnotationReader.describe(annotations.get(0), owner) + " has "
                        + scope + ", " + AnnotationReader.describe(annotation, owner) + " has " + annotation.scope()
                        + "), but its functions share one runtime. Set the same scope on every @LambdaTest.");
            }
        }
        return scope;
    }

    private static int accountConcurrency(Class<?> owner, List<LambdaTest> annotations) {
        LambdaTest first = null;
        for (LambdaTest annotation : annotations) {
            if (annotation.accountConcurrency() == 0) {
                continue;
            }
            if (first != null && first.accountConcurrency() != annotation.accountConcurrency()) {
                throw new ExtensionConfigurationException(owner.getSimpleName() + " declares functions with"
                        + " different account concurrency limits (" + AnnotationReader.describe(first, owner) + " has "
                        + first.accountConcurrency() + ", " + AnnotationReader.describe(annotation, owner) + " has "
                        + annotation.accountConcurrency() + "), but its functions share one runtime, and so one account."
                        + " Set one accountConcurrency.");
            }
            first = first == null ? annotation : first;
        }
        return first != null ? first.accountConcurrency() : 0;
    }

    /** The one spare setting the annotations that set one agree on, else the suite's. */
    private static SpareEnvironments spares(Class<?> owner, List<LambdaTest> annotations, ExtensionContext context) {
        LambdaTest first = null;
        for (LambdaTest annotation : annotations) {
            SpareEnvironments set = AnnotationReader.atMostOne(annotation.spares(), "spares",
                    AnnotationReader.describe(annotation, owner));
            if (set == null) {
                continue;
            }
            if (first != null && first.spares()[0] != set) {
                throw new ExtensionConfigurationException(owner.getSimpleName() + " declares functions with different"
                        + " spares (" + AnnotationReader.describe(first, owner) + " has " + first.spares()[0] + ", "
                        + AnnotationReader.describe(annotation, owner) + " has " + set + "), but its functions share one"
                        + " runtime. Set one spares value.");
            }
            first = first == null ? annotation : first;
        }
        return first != null ? first.spares()[0] : SuiteSettings.spares(context);
    }

    private static int debugPort(Class<?> owner, List<LambdaTest> annotations, ExtensionContext context) {
        LambdaTest first = null;
        for (LambdaTest annotation : annotations) {
            if (annotation.debugPort() == 0) {
                continue;
            }
            if (annotation.debugPort() < 0 || annotation.debugPort() > 65535) {
                throw new ExtensionConfigurationException(AnnotationReader.describe(annotation, owner)
                        + " has debugPort " + annotation.debugPort()
                        + ", which is not a port. Set a free port from 1 to 65535, or 0 for none.");
            }
            if (first != null && first.debugPort() != annotation.debugPort()) {
                throw new ExtensionConfigurationException(owner.getSimpleName() + " declares functions with"
                        + " different debug ports (" + AnnotationReader.describe(first, owner) + " has "
                        + first.debugPort() + ", " + AnnotationReader.describe(annotation, owner) + " has "
                        + annotation.debugPort() + "), but its functions share one runtime. Set one debugPort.");
            }
            first = first == null ? annotation : first;
        }
        return first != null ? first.debugPort() : SuiteSettings.debugPort(context);
    }

    /**
     * Deploys each function into a runtime that is closed at once: deploying starts nothing, but it
     * is where the runtime refuses what it cannot run here (forked isolation off Linux, a Java
     * runtime newer than the JVM, in strict mode a Java that is not the runtime's), and the class should hear
     * that before its first test.
     */
    static void checkDeployable(Declaration declaration) {
        LambdaRuntime.Builder builder = LambdaRuntime.builder().timeoutScale(declaration.timeoutScale())
                .strictRuntime(declaration.strictRuntime()).remote(declaration.remote());
        try {
            ManagedRuntime.account(builder, declaration);
        } catch (InvalidConfigurationException e) {
            throw new ExtensionConfigurationException(declaration.owner().getSimpleName() + ", attribute"
                    + " accountConcurrency: " + e.getMessage(), e);
        }
        try (LambdaRuntime probe = builder.build()) {
            for (FunctionSpec function : declaration.functions()) {
                try {
                    FunctionConfig config = function.config();
                    // Without running INIT ahead: provisioned concurrency was checked when the configuration was built.
                    probe.function(config.toBuilder().concurrency(config.concurrency().withoutProvisioned()).build(),
                            function.code(), function.isolation());
                } catch (InvalidConfigurationException e) {
                    throw new ExtensionConfigurationException("Function '" + function.name() + "' of "
                            + declaration.owner().getSimpleName() + " cannot run here: " + e.getMessage(), e);
                }
            }
        }
    }
}
