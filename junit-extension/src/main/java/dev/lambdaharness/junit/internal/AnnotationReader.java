package dev.lambdaharness.junit.internal;

import dev.lambdaharness.core.Architecture;
import dev.lambdaharness.core.FunctionCode;
import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.InvalidConfigurationException;
import dev.lambdaharness.core.InvalidFunctionCodeException;
import dev.lambdaharness.core.Isolation;
import dev.lambdaharness.core.JavaRuntime;
import dev.lambdaharness.core.LogFormat;
import dev.lambdaharness.core.LogLevel;
import dev.lambdaharness.core.TracingMode;
import dev.lambdaharness.junit.LambdaTest;
import dev.lambdaharness.junit.RuntimeScope;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/** Turns one {@code @LambdaTest} into a function, with errors that name the annotation and attribute. */
final class AnnotationReader {

    /** Core's setting names, as the annotation's attributes spell them. */
    private static final Map<String, String> ATTRIBUTES = Map.ofEntries(
            Map.entry("memorySize", "memory"),
            Map.entry("ephemeralStorage.size", "ephemeralStorage"),
            Map.entry("functionName", "name"),
            Map.entry("reservedConcurrentExecutions", "reservedConcurrency"),
            Map.entry("provisionedConcurrentExecutions", "provisionedConcurrency"),
            Map.entry("maximumEventAgeInSeconds", "maximumEventAge"),
            Map.entry("destinationConfig.onSuccess.destination", "onSuccess"),
            Map.entry("destinationConfig.onFailure.destination", "onFailure"),
            Map.entry("deadLetterConfig.targetArn", "deadLetterTarget"),
            Map.entry("loggingConfig.applicationLogLevel", "applicationLogLevel"),
            Map.entry("loggingConfig.systemLogLevel", "systemLogLevel"));

    private AnnotationReader() {
    }

    /** The functions one annotation declares: its own, or its template's. */
    static List<FunctionSpec> readAll(LambdaTest annotation, Class<?> owner, Isolation suiteIsolation) {
        if (!annotation.template().isEmpty()) {
            return TemplateDeclaration.read(annotation, owner, suiteIsolation);
        }
        List<String> templateOnly = new ArrayList<>();
        if (!annotation.function().isEmpty()) {
            templateOnly.add("function");
        }
        if (annotation.parameterOverrides().length > 0) {
            templateOnly.add("parameterOverrides");
        }
        if (annotation.templateValues().length > 0) {
            templateOnly.add("templateValues");
        }
        if (!annotation.envVars().isEmpty()) {
            templateOnly.add("envVars");
        }
        if (!templateOnly.isEmpty()) {
            throw new ExtensionConfigurationException(describe(annotation, owner) + " sets "
                    + String.join(", ", templateOnly) + ", which configure a template's functions, but no template."
                    + " Name it, for example template = \"template.yaml\".");
        }
        return List.of(read(annotation, owner, suiteIsolation));
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
                explicit != null, runTime, Optional.empty());
    }

    /** {@code @LambdaTest(name = "ship") on OrdersTest}, or the handler when there is no name. */
    static String describe(LambdaTest annotation, Class<?> owner) {
        String which = !annotation.name().isEmpty() ? "name = \"" + annotation.name() + "\""
                : !annotation.template().isEmpty() ? "template = \"" + annotation.template() + "\""
                + (annotation.function().isEmpty() ? "" : ", function = \"" + annotation.function() + "\"")
                : "handler = \"" + annotation.handler() + "\"";
        return "@LambdaTest(" + which + ") on " + owner.getSimpleName();
    }

    private static FunctionConfig config(LambdaTest a, String where) {
        try {
            return settings(a, FunctionConfig.builder(a.handler()), where, false).build();
        } catch (InvalidConfigurationException e) {
            throw refused(where, e);
        }
    }

    /**
     * The annotation's settings on a builder. Over a template's configuration ({@code overTemplate})
     * an enumeration at its default value keeps the template's, since the annotation cannot tell it
     * was not written.
     */
    static FunctionConfig.Builder settings(LambdaTest a, FunctionConfig.Builder builder, String where, boolean overTemplate) {
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
        if (!overTemplate || a.architecture() != Architecture.X86_64) {
            builder.architecture(a.architecture());
        }
        if (!overTemplate || a.logFormat() != LogFormat.TEXT) {
            builder.logFormat(a.logFormat());
        }
        if (!overTemplate || a.tracing() != TracingMode.PASS_THROUGH) {
            builder.tracing(a.tracing());
        }
        builder.allowedHosts(a.allowedHosts());
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
        if (a.maximumRetryAttempts().length > 1) {
            throw new ExtensionConfigurationException(where + " sets maximumRetryAttempts to "
                    + java.util.Arrays.toString(a.maximumRetryAttempts()) + ": asynchronous invocations have one retry"
                    + " limit. Give one value, for example maximumRetryAttempts = 0.");
        }
        if (a.maximumRetryAttempts().length == 1) {
            builder.maximumRetryAttempts(a.maximumRetryAttempts()[0]);
        }
        if (a.maximumEventAge() != 0) {
            builder.maximumEventAge(a.maximumEventAge());
        }
        if (!a.onSuccess().isEmpty()) {
            builder.onSuccessDestination(a.onSuccess());
        }
        if (!a.onFailure().isEmpty()) {
            builder.onFailureDestination(a.onFailure());
        }
        if (!a.deadLetterTarget().isEmpty()) {
            builder.deadLetterTarget(a.deadLetterTarget());
        }
        LogLevel application = atMostOne(a.applicationLogLevel(), "applicationLogLevel", where);
        if (!overTemplate || application != null) {
            builder.applicationLogLevel(application);
        }
        LogLevel system = atMostOne(a.systemLogLevel(), "systemLogLevel", where);
        if (!overTemplate || system != null) {
            builder.systemLogLevel(system);
        }
        return builder;
    }

    /** Core's refusal, prefixed with the annotation and the attribute that holds the value. */
    static ExtensionConfigurationException refused(String where, InvalidConfigurationException e) {
        String attribute = ATTRIBUTES.getOrDefault(e.setting(), e.setting());
        return new ExtensionConfigurationException(where + ", attribute " + attribute + ": " + e.getMessage(), e);
    }

    private static FunctionCode code(LambdaTest a, String where) {
        return code(a, where, FunctionCode::fromTestClasspath);
    }

    /**
     * The code the annotation names ({@code code}, {@code taskRoot} or {@code deploymentPackage}),
     * else the default's, with the annotation's layers and runtime set.
     */
    static FunctionCode code(LambdaTest a, String where, Supplier<FunctionCode> otherwise) {
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
                code = otherwise.get();
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
