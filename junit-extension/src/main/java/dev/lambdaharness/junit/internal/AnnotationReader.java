package dev.lambdaharness.junit.internal;

import dev.lambdaharness.core.FunctionCode;
import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.InvalidConfigurationException;
import dev.lambdaharness.core.InvalidFunctionCodeException;
import dev.lambdaharness.core.Isolation;
import dev.lambdaharness.core.JavaRuntime;
import dev.lambdaharness.junit.LambdaTest;
import dev.lambdaharness.junit.RuntimeScope;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/** Turns one {@code @LambdaTest} into a function, with errors that name the annotation and attribute. */
final class AnnotationReader {

    /** Core's setting names, as the annotation's attributes spell them. */
    private static final Map<String, String> ATTRIBUTES = Map.of(
            "memorySize", "memory",
            "ephemeralStorage.size", "ephemeralStorage",
            "functionName", "name",
            "reservedConcurrentExecutions", "reservedConcurrency",
            "provisionedConcurrentExecutions", "provisionedConcurrency",
            "loggingConfig.applicationLogLevel", "applicationLogLevel",
            "loggingConfig.systemLogLevel", "systemLogLevel");

    private AnnotationReader() {
    }

    static FunctionSpec read(LambdaTest annotation, Class<?> owner, Isolation suiteIsolation) {
        String where = describe(annotation, owner);
        if (annotation.handler().isBlank()) {
            throw new ExtensionConfigurationException(where + " names no handler. Set handler, for example"
                    + " @LambdaTest(handler = \"com.example.Handler::handleRequest\").");
        }
        FunctionConfig config = config(annotation, where);
        FunctionCode code = code(annotation, where);
        Isolation explicit = atMostOne(annotation.isolation(), "isolation", where);
        RunTimeConfiguration runTime = RunTimeConfiguration.find(annotation.configure(), owner, where);
        if (annotation.scope() == RuntimeScope.CLASS) {
            runTime.requireStatic();
        }
        return new FunctionSpec(config.functionName(), config, code, explicit != null ? explicit : suiteIsolation,
                explicit != null, runTime);
    }

    /** {@code @LambdaTest(name = "ship") on OrdersTest}, or the handler when there is no name. */
    static String describe(LambdaTest annotation, Class<?> owner) {
        String which = annotation.name().isEmpty() ? "handler = \"" + annotation.handler() + "\""
                : "name = \"" + annotation.name() + "\"";
        return "@LambdaTest(" + which + ") on " + owner.getSimpleName();
    }

    private static FunctionConfig config(LambdaTest a, String where) {
        try {
            FunctionConfig.Builder builder = FunctionConfig.builder(a.handler());
            if (!a.name().isEmpty()) {
                builder.functionName(a.name());
            }
            if (a.memory() != 0) {
                builder.memorySize(a.memory());
            }
            if (a.timeout() != 0) {
                builder.timeout(a.timeout());
            }
            if (a.ephemeralStorage() != 0) {
                builder.ephemeralStorageSize(a.ephemeralStorage());
            }
            builder.environment(Environment.parse(a.environment(), where));
            if (!a.runtime().isEmpty()) {
                builder.runtime(JavaRuntime.fromId(a.runtime()));
            }
            builder.architecture(a.architecture()).logFormat(a.logFormat()).tracing(a.tracing())
                    .allowedHosts(a.allowedHosts());
            if (!a.region().isEmpty()) {
                builder.region(a.region());
            }
            if (!a.accountId().isEmpty()) {
                builder.accountId(a.accountId());
            }
            if (!a.logGroup().isEmpty()) {
                builder.logGroup(a.logGroup());
            }
            if (a.reservedConcurrency().length > 1) {
                throw new ExtensionConfigurationException(where + " sets reservedConcurrency to "
                        + java.util.Arrays.toString(a.reservedConcurrency()) + ": a function has one reserved concurrency."
                        + " Give one value, for example reservedConcurrency = 2.");
            }
            if (a.reservedConcurrency().length == 1) {
                builder.reservedConcurrency(a.reservedConcurrency()[0]);
            }
            if (a.provisionedConcurrency() != 0) {
                builder.provisionedConcurrency(a.provisionedConcurrency());
            }
            builder.applicationLogLevel(atMostOne(a.applicationLogLevel(), "applicationLogLevel", where));
            builder.systemLogLevel(atMostOne(a.systemLogLevel(), "systemLogLevel", where));
            return builder.build();
        } catch (InvalidConfigurationException e) {
            throw refused(where, e);
        }
    }

    /** Core's refusal, prefixed with the annotation and the attribute that holds the value. */
    static ExtensionConfigurationException refused(String where, InvalidConfigurationException e) {
        String attribute = ATTRIBUTES.getOrDefault(e.setting(), e.setting());
        return new ExtensionConfigurationException(where + ", attribute " + attribute + ": " + e.getMessage(), e);
    }

    private static FunctionCode code(LambdaTest a, String where) {
        int sources = (a.code().length > 0 ? 1 : 0) + (a.taskRoot().isEmpty() ? 0 : 1)
                + (a.deploymentPackage().isEmpty() ? 0 : 1);
        if (sources > 1) {
            throw new ExtensionConfigurationException(where + " sets more than one of code, taskRoot and"
                    + " deploymentPackage. Keep the one that holds the function's code.");
        }
        try {
            FunctionCode code;
            if (a.code().length > 0) {
                code = FunctionCode.fromPaths(Arrays.stream(a.code()).map(Path::of).toList());
            } else if (!a.taskRoot().isEmpty()) {
                code = FunctionCode.fromTaskRoot(Path.of(a.taskRoot()));
            } else if (!a.deploymentPackage().isEmpty()) {
                code = FunctionCode.fromDeploymentPackage(Path.of(a.deploymentPackage()));
            } else {
                code = FunctionCode.fromTestClasspath();
            }
            if (a.layers().length > 0) {
                code = code.withLayers(Arrays.stream(a.layers()).map(Path::of).toArray(Path[]::new));
            }
            return a.runtimeSet().isEmpty() ? code : code.withRuntimeSet(Path.of(a.runtimeSet()));
        } catch (InvalidFunctionCodeException e) {
            throw new ExtensionConfigurationException(where + ": " + e.getMessage(), e);
        }
    }

    static <T> T atMostOne(T[] values, String attribute, String where) {
        if (values.length > 1) {
            throw new ExtensionConfigurationException(where + " sets " + attribute + " to "
                    + Arrays.toString(values) + ". Set at most one.");
        }
        return values.length == 0 ? null : values[0];
    }
}
