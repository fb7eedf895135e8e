package dev.lambdaharness.core.internal.template;

import dev.lambdaharness.core.Architecture;
import dev.lambdaharness.core.AsyncInvokeConfig;
import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.InvalidConfigurationException;
import dev.lambdaharness.core.JavaRuntime;
import dev.lambdaharness.core.LogFormat;
import dev.lambdaharness.core.LogLevel;
import dev.lambdaharness.core.TracingMode;
import dev.lambdaharness.core.internal.config.EnvVarsFile;
import dev.lambdaharness.core.template.InvalidTemplateException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A function resource's properties read into a {@link FunctionConfig}: SAM's
 * {@code AWS::Serverless::Function} (after Globals) and CloudFormation's {@code AWS::Lambda::Function}
 * with the {@code AWS::Lambda::EventInvokeConfig} that names it. Each property's value is checked
 * for its kind at its path; each setting Lambda would refuse is refused with the path that holds it.
 *
 * <pre>{@code
 * FunctionConfig config = new FunctionReader(resolver, envVars).config("OrdersFunction", new Props.Reading(true));
 * }</pre>
 */
final class FunctionReader {

    static final String SAM_FUNCTION = "AWS::Serverless::Function";
    static final String CFN_FUNCTION = "AWS::Lambda::Function";

    /** {@code FunctionConfig}'s setting names, as the template's properties spell them. */
    private static final Map<String, String> PROPERTIES = Map.ofEntries(
            Map.entry("memorySize", "MemorySize"), Map.entry("timeout", "Timeout"),
            Map.entry("ephemeralStorage.size", "EphemeralStorage.Size"), Map.entry("functionName", "FunctionName"),
            Map.entry("reservedConcurrency", "ReservedConcurrentExecutions"),
            Map.entry("provisionedConcurrency", "ProvisionedConcurrencyConfig.ProvisionedConcurrentExecutions"),
            Map.entry("maximumRetryAttempts", "EventInvokeConfig.MaximumRetryAttempts"),
            Map.entry("maximumEventAgeInSeconds", "EventInvokeConfig.MaximumEventAgeInSeconds"),
            Map.entry("loggingConfig.applicationLogLevel", "LoggingConfig.ApplicationLogLevel"),
            Map.entry("loggingConfig.systemLogLevel", "LoggingConfig.SystemLogLevel"),
            Map.entry("environment", "Environment.Variables"), Map.entry("handler", "Handler"),
            Map.entry("alias", "AutoPublishAlias"));

    private final Resolver resolver;
    private final Optional<EnvVarsFile> envVars;

    FunctionReader(Resolver resolver, Optional<EnvVarsFile> envVars) {
        this.resolver = resolver;
        this.envVars = envVars;
    }

    Props properties(String logicalId, Props.Reading reading) {
        return new Props(resolver, reading, "Resources." + logicalId + ".Properties", resolver.stack().properties(logicalId));
    }

    /** The function's name: its {@code FunctionName}, else its logical id, as SAM CLI names local functions. */
    String functionName(String logicalId, Props p) {
        String name = p.text("FunctionName");
        return name != null ? name : logicalId;
    }

    FunctionConfig config(String logicalId, Props.Reading reading) {
        Stack stack = resolver.stack();
        boolean sam = SAM_FUNCTION.equals(stack.type(logicalId));
        Props p = properties(logicalId, reading);
        Object condition = stack.attribute(logicalId, "Condition");
        if (condition != null) {
            // A condition that asks AWS leaves open whether the function exists: that is not guessed either.
            reading.accept(resolver.condition(String.valueOf(condition), "Resources." + logicalId + ".Condition"));
        }
        String packageType = p.text("PackageType");
        if ("Image".equals(packageType) || p.has("ImageUri")) {
            throw new InvalidTemplateException(p.path("PackageType"), "Template " + stack.source() + ": function "
                    + logicalId + " is a container image (" + p.path("PackageType") + "), which Lambda Harness does not"
                    + " run: it runs .zip functions on Lambda's Java runtimes. Test the image's handler class as a .zip"
                    + " function: @LambdaTest(handler = \"...\").");
        }
        String handler = p.text("Handler");
        if (handler == null) {
            reading.finish(stack.source(), "function " + logicalId);
            throw new InvalidTemplateException(p.path("Handler"), "Template " + stack.source() + ": function " + logicalId
                    + " has no Handler (" + p.path("Handler") + "). Lambda needs one for a .zip function; add it, for"
                    + " example Handler: com.example.Handler::handleRequest" + (sam ? ", or set it in Globals.Function." : "."));
        }
        FunctionConfig.Builder builder = FunctionConfig.builder(handler)
                .region(stack.settings().region()).accountId(stack.settings().accountId())
                .functionName(functionName(logicalId, p));
        runtime(logicalId, p, builder);
        Integer memory = p.integer("MemorySize");
        if (memory != null) {
            builder.memorySize(memory);
        }
        Integer timeout = p.integer("Timeout");
        if (timeout != null) {
            builder.timeout(timeout);
        }
        Integer storage = p.props("EphemeralStorage").integer("Size");
        if (storage != null) {
            builder.ephemeralStorageSize(storage);
        }
        Props variables = p.props("Environment").props("Variables");
        for (String name : variables.names()) {
            String value = variables.text(name);
            if (value != null) {
                builder.environment(name, value);
            }
        }
        architecture(logicalId, p, builder);
        Integer reserved = p.integer("ReservedConcurrentExecutions");
        if (reserved != null) {
            builder.reservedConcurrency(reserved);
        }
        snapStart(p, builder);
        tracing(p, sam, builder);
        logging(p, builder);
        deadLetter(p, sam, builder);
        if (sam) {
            samVersions(logicalId, p, builder);
            builder.asyncInvoke(asyncInvoke(p.props("EventInvokeConfig"), true, AsyncInvokeConfig.DEFAULT));
        } else {
            cfnEventInvokeConfig(logicalId, reading, builder);
        }
        envVars.ifPresent(file -> builder.environment(file.variablesFor(logicalId, functionName(logicalId, p))));
        reading.finish(stack.source(), "function " + logicalId);
        try {
            return builder.build();
        } catch (InvalidConfigurationException e) {
            String property = PROPERTIES.getOrDefault(e.setting(), e.setting());
            String path = p.path(property);
            throw new InvalidTemplateException(path, "Template " + stack.source() + ", " + path + ": " + e.getMessage(), e);
        }
    }

    private void runtime(String logicalId, Props p, FunctionConfig.Builder builder) {
        String runtime = p.text("Runtime");
        if (runtime == null) {
            throw new InvalidTemplateException(p.path("Runtime"), "Template " + resolver.stack().source() + ": function "
                    + logicalId + " has no Runtime (" + p.path("Runtime") + "). Lambda needs one for a .zip function; add"
                    + " it, for example Runtime: java21.");
        }
        try {
            builder.runtime(JavaRuntime.fromId(runtime));
        } catch (InvalidConfigurationException e) {
            String java = Arrays.stream(JavaRuntime.values()).map(JavaRuntime::id).collect(Collectors.joining(", "));
            throw new InvalidTemplateException(p.path("Runtime"), "Template " + resolver.stack().source() + ": "
                    + p.path("Runtime") + " is " + runtime + ", " + (runtime.startsWith("java") ? "a Java runtime Lambda"
                    + " Harness does not run" : "not a Java runtime") + ". Lambda Harness runs " + java + "; test "
                    + logicalId + " on one of those" + (runtime.startsWith("java") ? " (set Runtime, or give it with"
                    + " templateValues)" : ", or leave it out with @LambdaTest(function = ...)") + ".");
        }
    }

    private void architecture(String logicalId, Props p, FunctionConfig.Builder builder) {
        List<Object> architectures = p.list("Architectures");
        if (architectures.isEmpty()) {
            return;
        }
        if (architectures.size() > 1) {
            throw new InvalidTemplateException(p.path("Architectures"), "Template " + resolver.stack().source() + ": "
                    + p.path("Architectures") + " is " + architectures + ", but Lambda takes exactly one architecture."
                    + " (SAM appends a function's Architectures to those of Globals: leave one out, or add"
                    + " IgnoreGlobals: [Architectures] to " + logicalId + ".)");
        }
        String id = String.valueOf(architectures.get(0));
        for (Architecture architecture : Architecture.values()) {
            if (architecture.id().equals(id)) {
                builder.architecture(architecture);
                return;
            }
        }
        throw new InvalidTemplateException(p.path("Architectures") + "[0]", "Template " + resolver.stack().source() + ": "
                + p.path("Architectures") + "[0] is " + id + ", which Lambda does not know. Write x86_64 or arm64.");
    }

    private void snapStart(Props p, FunctionConfig.Builder builder) {
        String applyOn = p.props("SnapStart").text("ApplyOn");
        if (applyOn == null) {
            return;
        }
        switch (applyOn) {
            case "PublishedVersions" -> builder.snapStart(true);
            case "None" -> builder.snapStart(false);
            default -> throw new InvalidTemplateException(p.path("SnapStart.ApplyOn"), "Template "
                    + resolver.stack().source() + ": " + p.path("SnapStart.ApplyOn") + " is " + applyOn
                    + ", which Lambda does not know. Write PublishedVersions or None.");
        }
    }

    private void tracing(Props p, boolean sam, FunctionConfig.Builder builder) {
        String name = sam ? "Tracing" : "TracingConfig.Mode";
        String mode = sam ? p.text("Tracing") : p.props("TracingConfig").text("Mode");
        if (mode == null) {
            return;
        }
        switch (mode) {
            case "Active" -> builder.tracing(TracingMode.ACTIVE);
            // SAM's Disabled leaves TracingConfig out, which is Lambda's PassThrough.
            case "PassThrough", "Disabled" -> builder.tracing(TracingMode.PASS_THROUGH);
            default -> throw new InvalidTemplateException(p.path(name), "Template " + resolver.stack().source() + ": "
                    + p.path(name) + " is " + mode + ", which Lambda does not know. Write Active or PassThrough"
                    + (sam ? " (or Disabled)." : "."));
        }
    }

    private void logging(Props p, FunctionConfig.Builder builder) {
        Props logging = p.props("LoggingConfig");
        String format = logging.text("LogFormat");
        if (format != null) {
            builder.logFormat(enumValue(LogFormat.class, format, logging, "LogFormat", "Text or JSON"));
        }
        String application = logging.text("ApplicationLogLevel");
        if (application != null) {
            builder.applicationLogLevel(enumValue(LogLevel.class, application, logging, "ApplicationLogLevel",
                    "TRACE, DEBUG, INFO, WARN, ERROR or FATAL"));
        }
        String system = logging.text("SystemLogLevel");
        if (system != null) {
            builder.systemLogLevel(enumValue(LogLevel.class, system, logging, "SystemLogLevel", "DEBUG, INFO or WARN"));
        }
        String group = logging.text("LogGroup");
        if (group != null) {
            builder.logGroup(group);
        }
    }

    private <E extends Enum<E>> E enumValue(Class<E> type, String value, Props p, String name, String allowed) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidTemplateException(p.path(name), "Template " + resolver.stack().source() + ": " + p.path(name)
                    + " is " + value + ", which Lambda does not know. Write " + allowed + ".");
        }
    }

    private void deadLetter(Props p, boolean sam, FunctionConfig.Builder builder) {
        String target = (sam ? p.props("DeadLetterQueue") : p.props("DeadLetterConfig")).text("TargetArn");
        if (target != null) {
            builder.deadLetterTarget(target);
        }
    }

    /** SAM's AutoPublishAlias: the function is invoked through the alias, on the version SAM publishes (1). */
    private void samVersions(String logicalId, Props p, FunctionConfig.Builder builder) {
        String alias = p.text("AutoPublishAlias");
        Integer provisioned = p.props("ProvisionedConcurrencyConfig").integer("ProvisionedConcurrentExecutions");
        if (provisioned != null && alias == null) {
            throw new InvalidTemplateException(p.path("ProvisionedConcurrencyConfig"), "Template "
                    + resolver.stack().source() + ": function " + logicalId + " sets ProvisionedConcurrencyConfig without"
                    + " AutoPublishAlias, which SAM refuses: provisioned concurrency belongs to an alias. Add"
                    + " AutoPublishAlias: live.");
        }
        if (alias != null) {
            builder.alias(alias, TemplateStack.FIRST_VERSION);
        }
        if (provisioned != null) {
            builder.provisionedConcurrency(provisioned);
        }
    }

    /** CloudFormation's {@code AWS::Lambda::EventInvokeConfig} resources of the function's unqualified or $LATEST invocations. */
    private void cfnEventInvokeConfig(String logicalId, Props.Reading reading, FunctionConfig.Builder builder) {
        Stack stack = resolver.stack();
        for (String id : stack.resources().keySet()) {
            if (!"AWS::Lambda::EventInvokeConfig".equals(stack.type(id))) {
                continue;
            }
            Props config = new Props(resolver, reading, "Resources." + id + ".Properties", stack.properties(id));
            if (!References.refersTo(config, "FunctionName", logicalId, resolver)) {
                continue;
            }
            String qualifier = config.text("Qualifier");
            if (qualifier == null || qualifier.equals(FunctionConfig.LATEST)) {
                builder.asyncInvoke(asyncInvoke(config, false, AsyncInvokeConfig.DEFAULT));
            }
        }
    }

    /**
     * Retries, event age and destinations, as SAM's {@code EventInvokeConfig} (destinations with a
     * {@code Type}, and a {@code Destination} SAM may create itself) or the CloudFormation resource
     * writes them.
     */
    private AsyncInvokeConfig asyncInvoke(Props p, boolean sam, AsyncInvokeConfig config) {
        Integer retries = p.integer("MaximumRetryAttempts");
        if (retries != null) {
            config = config.withMaximumRetryAttempts(retries);
        }
        Integer age = p.integer("MaximumEventAgeInSeconds");
        if (age != null) {
            config = config.withMaximumEventAgeInSeconds(age);
        }
        Props destinations = p.props("DestinationConfig");
        String onSuccess = destination(destinations.props("OnSuccess"), sam);
        if (onSuccess != null) {
            config = config.withOnSuccessDestination(onSuccess);
        }
        String onFailure = destination(destinations.props("OnFailure"), sam);
        if (onFailure != null) {
            config = config.withOnFailureDestination(onFailure);
        }
        return config;
    }

    private String destination(Props p, boolean sam) {
        String type = sam ? p.text("Type") : null;
        if (("SQS".equals(type) || "SNS".equals(type)) && !p.has("Destination")) {
            // SAM creates the queue or topic at deployment, under a name only the deployed stack knows.
            p.unresolved("Destination", "(none: SAM creates the " + (type.equals("SQS") ? "queue" : "topic") + ")",
                    "Type " + type + " without Destination makes SAM create it at deployment, under a name no local"
                            + " test can know; give its ARN");
            return null;
        }
        return p.text("Destination");
    }
}
