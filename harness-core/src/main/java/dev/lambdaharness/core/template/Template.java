package dev.lambdaharness.core.template;

import dev.lambdaharness.core.FunctionCode;
import dev.lambdaharness.core.internal.config.EnvVarsFile;
import dev.lambdaharness.core.internal.template.TemplateStack;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A SAM or CloudFormation template as the configuration of its functions: the memory, timeout,
 * environment, concurrency, logging, tracing and asynchronous settings production gets, read from
 * the file that deploys it rather than repeated in tests. YAML (with CloudFormation's short tags:
 * {@code !Ref}, {@code !Sub}, {@code !GetAtt}, …) and JSON; SAM templates with their
 * {@code Globals} merged as SAM merges them; {@code AWS::Lambda::Function} resources of plain
 * CloudFormation, as the CDK synthesises them. Intrinsic functions are resolved as CloudFormation
 * would, with the test's parameter values over the defaults; what only AWS could answer is never
 * guessed but listed by {@link #unresolved()}, and given by its path with {@link #withValue}.
 * Immutable: each {@code with…} returns a changed copy.
 *
 * <pre>{@code
 * Template template = Template.read(Path.of("template.yaml")).withParameter("Stage", "test");
 * try (LambdaRuntime runtime = LambdaRuntime.create()) {
 *     LambdaFunction orders = runtime.deploy(template).get("OrdersFunction");
 *     orders.invoke("{}");
 * }
 * TemplateFunction function = template.function("OrdersFunction");
 * function.config().memorySize(); // 512, as the template says
 * }</pre>
 *
 * <p>docs/templates.md lists the properties read, the intrinsic functions, and the names and ARNs
 * the harness gives the template's resources.
 */
public final class Template {

    private final TemplateStack stack;

    private Template(TemplateStack stack) {
        this.stack = stack;
    }

    /**
     * Reads a template file. Code paths in it ({@code CodeUri}, layers' {@code ContentUri}) are
     * relative to its folder, as SAM CLI reads them.
     *
     * @throws InvalidTemplateException when the file cannot be read, is neither YAML nor JSON (the
     *     message gives the line and column), or its Globals are not SAM's
     */
    public static Template read(Path file) {
        return new Template(TemplateStack.read(Objects.requireNonNull(file, "file")));
    }

    /**
     * Reads a template's text.
     *
     * @param source where the text came from, for messages
     * @param baseDirectory the folder code paths are relative to
     */
    public static Template parse(String text, String source, Path baseDirectory) {
        return new Template(TemplateStack.parse(text, source, baseDirectory));
    }

    /**
     * This template with a value for one of its parameters, over its {@code Default}, as
     * {@code sam deploy --parameter-overrides Name=Value} gives it.
     *
     * @throws InvalidTemplateException when the template declares no such parameter
     */
    public Template withParameter(String name, String value) {
        return new Template(stack.withParameter(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value")));
    }

    /** This template with values for several parameters. */
    public Template withParameters(Map<String, String> values) {
        Template changed = this;
        for (Map.Entry<String, String> entry : values.entrySet()) {
            changed = changed.withParameter(entry.getKey(), entry.getValue());
        }
        return changed;
    }

    /**
     * This template with a value at a property path, which wins over whatever the template holds
     * there: how a test gives a value that cannot be resolved on this machine ({@link #unresolved()}
     * lists them), or changes one property for a test.
     *
     * <pre>{@code
     * template.withValue("Resources.OrdersFunction.Properties.Environment.Variables.BUS_ARN",
     *         "arn:aws:events:us-east-1:123456789012:event-bus/test");
     * }</pre>
     *
     * @param path dot-separated from the template's root, with list indexes: {@code Resources.F.Properties.Layers[0]}
     * @param value text, a number, a boolean, a list or a map, as the template would hold it
     */
    public Template withValue(String path, Object value) {
        return new Template(stack.withValue(Objects.requireNonNull(path, "path"), value));
    }

    /** This template deployed to another region ({@code AWS::Region}, and the functions' region); {@code us-east-1} by default. */
    public Template withRegion(String region) {
        return new Template(stack.withRegion(Objects.requireNonNull(region, "region")));
    }

    /** This template deployed to another account ({@code AWS::AccountId}); {@code 123456789012} by default. */
    public Template withAccountId(String accountId) {
        return new Template(stack.withAccountId(Objects.requireNonNull(accountId, "accountId")));
    }

    /** This template deployed under another stack name ({@code AWS::StackName}); {@code local}, as SAM CLI's, by default. */
    public Template withStackName(String stackName) {
        return new Template(stack.withStackName(Objects.requireNonNull(stackName, "stackName")));
    }

    /**
     * This template with the environment variables of a file in SAM CLI's {@code --env-vars} format:
     * {@code "Parameters"} for every function, then the member named by the function's logical id (or
     * else its function name). Unlike SAM CLI, which overrides only the variables a function's
     * template declares, every variable of the file is set, declared or not.
     *
     * @throws dev.lambdaharness.core.InvalidConfigurationException when the file cannot be read or is not in that format
     */
    public Template withEnvVarsFile(Path file) {
        return new Template(stack.withEnvVars(EnvVarsFile.read(Objects.requireNonNull(file, "file"))));
    }

    /**
     * This template with the code of the Maven project in {@code folder}, for the functions whose
     * code the template puts there ({@code CodeUri: .}): what the build knows of the project (its
     * classes and runtime dependencies), where the folder alone gives only {@code target/classes}
     * and {@code target/dependency}. The Maven plugin's goals pass the project's own.
     *
     * <pre>{@code
     * Template template = Template.read(Path.of("template.yaml")).withProjectCode(Path.of("."), FunctionCode.fromPaths(classes, jar));
     * }</pre>
     */
    public Template withProjectCode(Path folder, FunctionCode code) {
        return new Template(stack.withProjectCode(Objects.requireNonNull(folder, "folder"), Objects.requireNonNull(code, "code")));
    }

    /** Where the template came from. */
    public String source() {
        return stack.source();
    }

    /** The template's parameters with the values they have here (a parameter with no value yet is left out). */
    public Map<String, Object> parameters() {
        return stack.parameters();
    }

    /** The logical ids of the functions the template creates, in its order; a function whose {@code Condition} is false is not created. */
    public List<String> functionIds() {
        return stack.functionIds();
    }

    /**
     * One function by its logical id.
     *
     * @throws InvalidTemplateException when the id names no function the template creates (the
     *     message lists those it does), or the function's properties cannot be deployed as they are
     */
    public TemplateFunction function(String logicalId) {
        Objects.requireNonNull(logicalId, "logicalId");
        return new TemplateFunction(stack, logicalId, stack.config(logicalId));
    }

    /** Every function the template creates, in its order. */
    public List<TemplateFunction> functions() {
        return functionIds().stream().map(this::function).toList();
    }

    /**
     * Every resource as the template writes it, SAM's {@code Globals} merged into its functions and
     * intrinsics left unresolved: what checks of the template itself read.
     */
    public List<TemplateResource> resources() {
        return stack.resources();
    }

    /**
     * Every value of the template's functions that cannot be resolved on this machine: their
     * configuration, code and read model. Each is given with {@link #withValue(String, Object)}, or
     * with {@link #withParameter(String, String)} when it is a parameter without a default.
     */
    public List<UnresolvedValue> unresolved() {
        return stack.unresolved();
    }

    @Override
    public String toString() {
        return "Template[" + stack.source() + "]";
    }
}
