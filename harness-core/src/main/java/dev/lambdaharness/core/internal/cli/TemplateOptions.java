package dev.lambdaharness.core.internal.cli;

import dev.lambdaharness.core.FunctionCode;
import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.template.HttpRoute;
import dev.lambdaharness.core.template.Template;
import dev.lambdaharness.core.template.TemplateFunction;
import java.util.List;

/**
 * The function {@code --template} and {@code --function} name, with the template's settings and
 * code, changed by {@code --parameter-overrides}, {@code --template-value}, {@code --env-file}
 * (members by logical id, every variable set) and the options that set one setting each.
 *
 * <pre>{@code
 * TemplateOptions.Deployment d = TemplateOptions.deployment(command);
 * }</pre>
 */
final class TemplateOptions {

    private TemplateOptions() {
    }

    /** The function's configuration and code, and the API routes its template declares for it. */
    record Deployment(FunctionConfig config, FunctionCode code, List<HttpRoute> routes) {

        /** A function without a template, so without routes. */
        Deployment(FunctionConfig config, FunctionCode code) {
            this(config, code, List.of());
        }
    }

    static Deployment deployment(CommandLine command) {
        Template template = template(command);
        return deployment(command, template, logicalId(template, command));
    }

    /** The function {@code --function} names, or every function of the template: what {@code start-lambda} serves. */
    static List<Deployment> deployments(CommandLine command) {
        Template template = template(command);
        List<String> ids = command.function != null ? List.of(command.function) : template.functionIds();
        if (ids.isEmpty()) {
            throw new Main.UsageProblem(command.template + " has no functions. Give a template with an"
                    + " AWS::Serverless::Function or AWS::Lambda::Function, or --handler and --classpath.");
        }
        return ids.stream().map(id -> deployment(command, template, id)).toList();
    }

    private static Template template(CommandLine command) {
        Template template = Template.read(command.template).withParameters(command.parameterOverrides);
        for (var value : command.templateValues.entrySet()) {
            template = template.withValue(value.getKey(), value.getValue());
        }
        if (command.environmentFile != null) {
            template = template.withEnvVarsFile(command.environmentFile);
        }
        return template;
    }

    private static Deployment deployment(CommandLine command, Template template, String logicalId) {
        TemplateFunction function = template.function(logicalId);
        FunctionConfig.Builder builder = function.config().toBuilder();
        command.applyTo(builder);
        FunctionConfig config = builder.environment(command.environment).build();
        FunctionCode code = command.classpath.isEmpty() ? function.code()
                : CodeOptions.code(command.classpath, command.layers);
        if (command.classpath.isEmpty() && !command.layers.isEmpty()) {
            code = code.withLayers(command.layers.toArray(java.nio.file.Path[]::new));
        }
        return new Deployment(config, code, function.httpRoutes());
    }

    /** The function {@code --function} names, or the template's only one. */
    private static String logicalId(Template template, CommandLine command) {
        if (command.function != null) {
            return command.function;
        }
        List<String> ids = template.functionIds();
        if (ids.size() == 1) {
            return ids.get(0);
        }
        throw new Main.UsageProblem("--function is missing, and " + command.template + " has "
                + (ids.isEmpty() ? "no functions" : ids.size() + " functions (" + String.join(", ", ids) + ")")
                + ". Name the one to run, e.g. --function " + (ids.isEmpty() ? "OrdersFunction" : ids.get(0)) + ".");
    }
}
