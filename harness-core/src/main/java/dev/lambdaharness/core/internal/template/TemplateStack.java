package dev.lambdaharness.core.internal.template;

import dev.lambdaharness.core.FunctionCode;
import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.internal.config.EnvVarsFile;
import dev.lambdaharness.core.template.AsyncEventSource;
import dev.lambdaharness.core.template.EventSourceMapping;
import dev.lambdaharness.core.template.FunctionAlias;
import dev.lambdaharness.core.template.FunctionUrl;
import dev.lambdaharness.core.template.FunctionVersion;
import dev.lambdaharness.core.template.HttpRoute;
import dev.lambdaharness.core.template.InvalidTemplateException;
import dev.lambdaharness.core.template.TemplateResource;
import dev.lambdaharness.core.template.UnresolvedValue;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A template read and ready to deploy, behind {@code dev.lambdaharness.core.template.Template}: its
 * document with SAM's Globals merged, the test's parameter values, pseudo parameters and values by
 * path, and the readings of its functions. Immutable: each {@code with…} returns a new one.
 *
 * <pre>{@code
 * TemplateStack stack = TemplateStack.read(Path.of("template.yaml")).withParameter("Stage", "test");
 * FunctionConfig config = stack.config("OrdersFunction");
 * }</pre>
 */
public final class TemplateStack {

    /** The version SAM's {@code AutoPublishAlias} publishes first, which its alias points at. */
    public static final String FIRST_VERSION = "1";

    private static final Set<String> FUNCTION_TYPES = Set.of(FunctionReader.SAM_FUNCTION, FunctionReader.CFN_FUNCTION);

    private final Stack stack;
    private final Path baseDirectory;
    private final Optional<EnvVarsFile> envVars;
    /** The code a build tool gives for a Maven project's folder, when it gave one. */
    private final Map<Path, FunctionCode> projectCode;

    private TemplateStack(Stack stack, Path baseDirectory, Optional<EnvVarsFile> envVars) {
        this(stack, baseDirectory, envVars, Map.of());
    }

    private TemplateStack(Stack stack, Path baseDirectory, Optional<EnvVarsFile> envVars, Map<Path, FunctionCode> projectCode) {
        this.stack = stack;
        this.baseDirectory = baseDirectory;
        this.envVars = envVars;
        this.projectCode = projectCode;
    }

    /** Reads a template file; code paths in it are relative to its folder. */
    public static TemplateStack read(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return parse(TemplateDocument.read(file), file.toString(), absolute.getParent());
    }

    /** A template's text, with code paths relative to {@code baseDirectory}. */
    public static TemplateStack parse(String text, String source, Path baseDirectory) {
        return parse(TemplateDocument.parse(text, source), source, baseDirectory.toAbsolutePath().normalize());
    }

    private static TemplateStack parse(Map<String, Object> document, String source, Path baseDirectory) {
        Stack stack = new Stack(source, SamGlobals.apply(document, source), Stack.StackSettings.defaults());
        stack.resources().forEach((id, resource) -> {
            if (!(resource instanceof Map<?, ?> map) || !(map.get("Type") instanceof String)) {
                throw new InvalidTemplateException("Resources." + id, "Template " + source + ": resource " + id
                        + " has no Type. Give each resource one, for example Type: AWS::Serverless::Function.");
            }
        });
        return new TemplateStack(stack, baseDirectory, Optional.empty());
    }

    public String source() {
        return stack.source();
    }

    public TemplateStack withParameter(String name, String value) {
        if (!stack.parameters().containsKey(name)) {
            throw new InvalidTemplateException("Parameters." + name, "Template " + stack.source() + " declares no"
                    + " parameter " + name + " (it declares " + (stack.parameters().isEmpty() ? "none"
                    : String.join(", ", stack.parameters().keySet())) + "). Give a value to one of those.");
        }
        return new TemplateStack(stack.with(stack.settings().withParameter(name, value)), baseDirectory, envVars, projectCode);
    }

    public TemplateStack withValue(String path, Object value) {
        return new TemplateStack(stack.with(stack.settings().withValue(path, value)), baseDirectory, envVars, projectCode);
    }

    public TemplateStack withRegion(String region) {
        return new TemplateStack(stack.with(stack.settings().withRegion(region)), baseDirectory, envVars, projectCode);
    }

    public TemplateStack withAccountId(String accountId) {
        return new TemplateStack(stack.with(stack.settings().withAccountId(accountId)), baseDirectory, envVars, projectCode);
    }

    public TemplateStack withStackName(String stackName) {
        return new TemplateStack(stack.with(stack.settings().withStackName(stackName)), baseDirectory, envVars, projectCode);
    }

    public TemplateStack withEnvVars(EnvVarsFile file) {
        return new TemplateStack(stack, baseDirectory, Optional.of(file), projectCode);
    }

    /** This stack with the code of the Maven project in {@code folder}, for functions whose code the template puts there. */
    public TemplateStack withProjectCode(Path folder, FunctionCode code) {
        Map<Path, FunctionCode> codes = new java.util.HashMap<>(projectCode);
        codes.put(folder.toAbsolutePath().normalize(), code);
        return new TemplateStack(stack, baseDirectory, envVars, Map.copyOf(codes));
    }

    public Optional<EnvVarsFile> envVars() {
        return envVars;
    }

    /** The parameters the template declares, with the value each has in this stack (unresolved ones left out). */
    public Map<String, Object> parameters() {
        Map<String, Object> values = new java.util.LinkedHashMap<>();
        for (String name : stack.parameters().keySet()) {
            Object value = stack.parameterValue(name, "Parameters." + name, "!Ref " + name);
            if (!(value instanceof UnresolvedValue)) {
                values.put(name, value);
            }
        }
        return values;
    }

    /** The logical ids of the functions this stack creates, in the template's order (a false {@code Condition} creates none). */
    public List<String> functionIds() {
        List<String> ids = new ArrayList<>();
        ReadModel model = readModel();
        for (String id : stack.resources().keySet()) {
            if (FUNCTION_TYPES.contains(stack.type(id)) && model.created(id)) {
                ids.add(id);
            }
        }
        return ids;
    }

    /**
     * Checks that the logical id names a function this stack creates.
     *
     * @throws InvalidTemplateException naming the template's functions when it does not
     */
    public void requireFunction(String logicalId) {
        if (functionIds().contains(logicalId)) {
            return;
        }
        String functions = functionIds().isEmpty() ? "no functions" : "functions " + String.join(", ", functionIds());
        if (!stack.resources().containsKey(logicalId)) {
            throw new InvalidTemplateException("Resources." + logicalId, "Template " + stack.source() + " has no resource "
                    + logicalId + "; it has " + functions + ". Name one of those.");
        }
        String type = stack.type(logicalId);
        if (FUNCTION_TYPES.contains(type)) {
            throw new InvalidTemplateException("Resources." + logicalId + ".Condition", "Template " + stack.source()
                    + ": function " + logicalId + " is not created, since its Condition "
                    + stack.attribute(logicalId, "Condition") + " is false with these parameters (" + parameters()
                    + "). Give the parameters that make it true, or name one of the " + functions + ".");
        }
        throw new InvalidTemplateException("Resources." + logicalId, "Template " + stack.source() + ": " + logicalId
                + " is an " + type + ", not a function (" + FunctionReader.SAM_FUNCTION + " or " + FunctionReader.CFN_FUNCTION
                + "). The template has " + functions + ". Name one of those.");
    }

    /** The function's configuration, refusing what cannot be resolved here with every path at once. */
    public FunctionConfig config(String logicalId) {
        requireFunction(logicalId);
        return functionReader().config(logicalId, new Props.Reading(true));
    }

    /** The function's code where its template says it is, with its layers. */
    public FunctionCode code(String logicalId) {
        requireFunction(logicalId);
        Resolver resolver = new Resolver(stack);
        Props.Reading reading = new Props.Reading(true);
        FunctionCode code = new CodeLocations(resolver, baseDirectory, projectCode).code(logicalId,
                functionReader(resolver).properties(logicalId, reading));
        reading.finish(stack.source(), "function " + logicalId + "'s code");
        return code;
    }

    /** Every resource as written, in the template's order. */
    public List<TemplateResource> resources() {
        List<TemplateResource> resources = new ArrayList<>();
        for (String id : stack.resources().keySet()) {
            resources.add(new TemplateResource(id, stack.type(id), stack.properties(id)));
        }
        return resources;
    }

    public List<EventSourceMapping> eventSourceMappings(String logicalId) {
        return read(logicalId, "event source mappings", ReadModel::eventSourceMappings);
    }

    public List<HttpRoute> httpRoutes(String logicalId) {
        return read(logicalId, "HTTP routes", ReadModel::httpRoutes);
    }

    public List<AsyncEventSource> asyncEventSources(String logicalId) {
        return read(logicalId, "asynchronous event sources", ReadModel::asyncEventSources);
    }

    public Optional<FunctionUrl> url(String logicalId) {
        return read(logicalId, "URL", ReadModel::url);
    }

    public List<FunctionAlias> aliases(String logicalId) {
        return read(logicalId, "aliases", ReadModel::aliases);
    }

    public List<FunctionVersion> versions(String logicalId) {
        return read(logicalId, "versions", ReadModel::versions);
    }

    /** Every value of every function (configuration and read model) that cannot be resolved here. */
    public List<UnresolvedValue> unresolved() {
        Props.Reading reading = new Props.Reading(false);
        Resolver resolver = new Resolver(stack);
        FunctionReader functions = functionReader(resolver);
        ReadModel model = new ReadModel(resolver, functions);
        for (String id : functionIds()) {
            functions.config(id, reading);
            model.eventSourceMappings(id, reading);
            model.httpRoutes(id, reading);
            model.asyncEventSources(id, reading);
            model.url(id, reading);
            model.aliases(id, reading);
            model.versions(id, reading);
        }
        return reading.unresolved();
    }

    private interface Part<T> {
        T read(ReadModel model, String logicalId, Props.Reading reading);
    }

    private <T> T read(String logicalId, String what, Part<T> part) {
        requireFunction(logicalId);
        Props.Reading reading = new Props.Reading(true);
        T value = part.read(readModel(), logicalId, reading);
        reading.finish(stack.source(), "the " + what + " of function " + logicalId);
        return value;
    }

    private ReadModel readModel() {
        Resolver resolver = new Resolver(stack);
        return new ReadModel(resolver, functionReader(resolver));
    }

    private FunctionReader functionReader() {
        return functionReader(new Resolver(stack));
    }

    private FunctionReader functionReader(Resolver resolver) {
        return new FunctionReader(resolver, envVars);
    }

}
