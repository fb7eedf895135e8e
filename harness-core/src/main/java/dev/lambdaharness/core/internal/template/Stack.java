package dev.lambdaharness.core.internal.template;

import dev.lambdaharness.core.template.InvalidTemplateException;
import dev.lambdaharness.core.template.UnresolvedValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One template as deployed into a stack: its sections, the parameter values a test gave, the pseudo
 * parameters' values, and the values a test gave by property path. Immutable apart from nothing:
 * each change makes a new stack.
 *
 * <pre>{@code
 * Stack stack = Stack.of(TemplateDocument.read(file), file.toString(), Path.of("."))
 *         .withParameter("Stage", "test");
 * }</pre>
 *
 * @param source where the template came from, for messages
 * @param root the whole template, with SAM's Globals merged into its functions
 * @param settings the region, account, stack name, parameter values and values by path
 */
record Stack(String source, Map<String, Object> root, StackSettings settings) {

    /**
     * The stack name pseudo parameter when a test sets none: SAM CLI's for local runs
     * ({@code samcli.lib.intrinsic_resolver.intrinsics_symbol_table}).
     */
    static final String DEFAULT_STACK_NAME = "local";
    /** The id part of {@code AWS::StackId} when a test sets none: SAM CLI's, so local ARNs match what it prints. */
    static final String STACK_ID_SUFFIX = "51af3dc0-da77-11e4-872e-1234567db123";

    Map<String, Object> parameters() {
        return section("Parameters");
    }

    Map<String, Object> resources() {
        return section("Resources");
    }

    Map<String, Object> mappings() {
        return section("Mappings");
    }

    Map<String, Object> conditions() {
        return section("Conditions");
    }

    Map<String, Object> values() {
        return settings.values();
    }

    ResourceNames names() {
        return new ResourceNames(this);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> section(String name) {
        Object section = root.get(name);
        if (section == null) {
            return Map.of();
        }
        if (!(section instanceof Map)) {
            throw new InvalidTemplateException(name, "Template " + source + ": " + name + " is "
                    + TemplateDocument.describe(section) + ", not a mapping. Write it as " + name + ": {Id: {...}}.");
        }
        return (Map<String, Object>) section;
    }

    /** The resource's {@code Type}. */
    String type(String logicalId) {
        Object resource = resources().get(logicalId);
        return resource instanceof Map<?, ?> map && map.get("Type") instanceof String type ? type : "";
    }

    /** The resource's {@code Properties}, empty when it has none. */
    @SuppressWarnings("unchecked")
    Map<String, Object> properties(String logicalId) {
        Object resource = resources().get(logicalId);
        if (resource instanceof Map<?, ?> map && map.get("Properties") != null) {
            if (!(map.get("Properties") instanceof Map)) {
                throw new InvalidTemplateException("Resources." + logicalId + ".Properties", "Template " + source
                        + ": Resources." + logicalId + ".Properties is " + TemplateDocument.describe(map.get("Properties"))
                        + ", not a mapping. Write the resource's properties as Properties: {Name: value}.");
            }
            return (Map<String, Object>) map.get("Properties");
        }
        return Map.of();
    }

    /** An attribute of the resource beside {@code Type} and {@code Properties}, such as {@code Condition} or {@code Metadata}. */
    Object attribute(String logicalId, String attribute) {
        Object resource = resources().get(logicalId);
        return resource instanceof Map<?, ?> map ? map.get(attribute) : null;
    }

    /** The value of a pseudo parameter, or {@code null} when the name is none. */
    Object pseudoParameter(String name) {
        switch (name) {
            case "AWS::Region":
                return settings.region();
            case "AWS::AccountId":
                return settings.accountId();
            case "AWS::StackName":
                return settings.stackName();
            case "AWS::StackId":
                return "arn:" + partition() + ":cloudformation:" + settings.region() + ":" + settings.accountId()
                        + ":stack/" + settings.stackName() + "/" + STACK_ID_SUFFIX;
            case "AWS::Partition":
                return partition();
            case "AWS::URLSuffix":
                return settings.region().startsWith("cn-") ? "amazonaws.com.cn" : "amazonaws.com";
            case "AWS::NotificationARNs":
                return List.of();
            case "AWS::NoValue":
                return Resolver.NO_VALUE;
            default:
                return null;
        }
    }

    String partition() {
        String region = settings.region();
        return region.startsWith("cn-") ? "aws-cn" : region.startsWith("us-gov-") ? "aws-us-gov" : "aws";
    }

    /**
     * A parameter's value: the test's, else its {@code Default}, as its {@code Type} makes it (a list for
     * {@code CommaDelimitedList} and {@code List<…>}); unresolved when it has neither, or when its type
     * asks AWS (Systems Manager parameters) and no test gave it.
     */
    Object parameterValue(String name, String path, String expression) {
        Map<?, ?> declaration = parameters().get(name) instanceof Map<?, ?> map ? map : Map.of();
        String type = declaration.get("Type") instanceof String t ? t : "String";
        Object value = settings.parameters().get(name);
        if (value == null) {
            if (type.startsWith("AWS::SSM::Parameter::Value")) {
                return new UnresolvedValue(path, expression, "parameter " + name + " is of type " + type
                        + ", read from Systems Manager at deployment; give its value with a parameter override");
            }
            Object fallback = declaration.get("Default");
            if (fallback == null) {
                return new UnresolvedValue(path, expression, "parameter " + name + " has no Default; give its value"
                        + " with a parameter override");
            }
            value = fallback instanceof List<?> list ? list.stream().map(String::valueOf).collect(Collectors.joining(","))
                    : String.valueOf(fallback);
        }
        String text = String.valueOf(value);
        if (declaration.get("AllowedValues") instanceof List<?> allowed
                && allowed.stream().map(String::valueOf).noneMatch(text::equals)) {
            throw new InvalidTemplateException("Parameters." + name, "Template " + source + ": parameter " + name + " is '"
                    + text + "', which its AllowedValues " + allowed + " do not hold. Give one of those.");
        }
        if (type.equals("CommaDelimitedList") || type.startsWith("List<")) {
            return new ArrayList<>(Arrays.asList(text.split(",", -1)));
        }
        return text;
    }

    /** The ids a message lists when a name matches none: the parameters and the resources. */
    String describeIds() {
        return "parameters " + String.join(", ", parameters().keySet()) + "; resources "
                + String.join(", ", resources().keySet());
    }

    Stack with(StackSettings changed) {
        return new Stack(source, root, changed);
    }

    /**
     * What a test says about the stack.
     *
     * @param region {@code AWS::Region}, also the functions' region
     * @param accountId {@code AWS::AccountId}, also the functions' account
     * @param stackName {@code AWS::StackName}
     * @param parameters parameter values by name, over the template's defaults
     * @param values values by property path, over whatever the template holds there
     */
    record StackSettings(String region, String accountId, String stackName, Map<String, String> parameters,
            Map<String, Object> values) {

        static StackSettings defaults() {
            return new StackSettings("us-east-1", "123456789012", DEFAULT_STACK_NAME, Map.of(), Map.of());
        }

        StackSettings withParameter(String name, String value) {
            Map<String, String> changed = new LinkedHashMap<>(parameters);
            changed.put(name, value);
            return new StackSettings(region, accountId, stackName, Map.copyOf(changed), values);
        }

        StackSettings withValue(String path, Object value) {
            Map<String, Object> changed = new LinkedHashMap<>(values);
            changed.put(path, value);
            return new StackSettings(region, accountId, stackName, parameters, java.util.Collections.unmodifiableMap(changed));
        }

        StackSettings withRegion(String changed) {
            return new StackSettings(changed.toLowerCase(Locale.ROOT), accountId, stackName, parameters, values);
        }

        StackSettings withAccountId(String changed) {
            return new StackSettings(region, changed, stackName, parameters, values);
        }

        StackSettings withStackName(String changed) {
            return new StackSettings(region, accountId, changed, parameters, values);
        }
    }
}
