package dev.lambdaharness.core.internal.template;

import dev.lambdaharness.core.template.InvalidTemplateException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * SAM's {@code Globals} section merged into the template's {@code AWS::Serverless::Function}
 * resources, as the SAM translator merges it ({@code samtranslator/plugins/globals/globals.py}):
 * where both are mappings they merge key by key, recursively; where both are lists the global list
 * comes first and the local one follows, duplicates kept; in every other case (text, numbers, an
 * intrinsic function, which counts as a single value, or values of different kinds) the function's
 * own value wins. A function's {@code IgnoreGlobals} attribute, {@code "*"} or a list of property
 * names, leaves out all or those globals. A property SAM does not accept in {@code Globals.Function}
 * is refused, as SAM refuses it.
 *
 * <pre>{@code
 * Map<String, Object> merged = SamGlobals.apply(template, "template.yaml");
 * }</pre>
 */
final class SamGlobals {

    /** The transform that makes a template a SAM template. */
    static final String SAM_TRANSFORM = "AWS::Serverless-2016-10-31";

    /** The properties SAM accepts in {@code Globals.Function}. */
    static final List<String> FUNCTION_PROPERTIES = List.of("Handler", "Runtime", "CodeUri", "DeadLetterQueue",
            "Description", "MemorySize", "Timeout", "VpcConfig", "Environment", "Tags", "PropagateTags", "Tracing",
            "KmsKeyArn", "AutoPublishAlias", "AutoPublishAliasAllProperties", "Layers", "DeploymentPreference",
            "RolePath", "PermissionsBoundary", "ReservedConcurrentExecutions", "ProvisionedConcurrencyConfig",
            "AssumeRolePolicyDocument", "EventInvokeConfig", "FileSystemConfigs", "CodeSigningConfigArn",
            "Architectures", "SnapStart", "EphemeralStorage", "FunctionUrlConfig", "RuntimeManagementConfig",
            "LoggingConfig", "RecursiveLoop", "SourceKMSKeyArn");

    /** The sections of {@code Globals} SAM accepts; only {@code Function}'s matter to functions. */
    private static final Set<String> SECTIONS = Set.of("Function", "Api", "HttpApi", "SimpleTable", "StateMachine",
            "LayerVersion", "CapacityProvider");

    private SamGlobals() {
    }

    /** Whether the template names SAM's transform, alone or in a list. */
    static boolean isSam(Map<String, Object> template) {
        Object transform = template.get("Transform");
        return SAM_TRANSFORM.equals(transform) || (transform instanceof List<?> list && list.contains(SAM_TRANSFORM));
    }

    /** The template with {@code Globals.Function} merged into each SAM function, and {@code Globals} removed. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> apply(Map<String, Object> template, String source) {
        Object globals = template.get("Globals");
        if (globals == null || !isSam(template)) {
            return template;
        }
        if (!(globals instanceof Map<?, ?> sections)) {
            throw new InvalidTemplateException("Globals", "Template " + source + ": Globals is "
                    + TemplateDocument.describe(globals) + ", not a mapping. Write it as Globals: {Function: {Timeout: 10}}.");
        }
        for (Object section : sections.keySet()) {
            if (!SECTIONS.contains(String.valueOf(section))) {
                throw new InvalidTemplateException("Globals." + section, "Template " + source + ": Globals." + section
                        + " is not a section SAM accepts (" + String.join(", ", new java.util.TreeSet<>(SECTIONS))
                        + "). Move its properties to the resources themselves.");
            }
        }
        Object function = sections.get("Function");
        if (function == null) {
            return template;
        }
        if (!(function instanceof Map<?, ?> functionGlobals)) {
            throw new InvalidTemplateException("Globals.Function", "Template " + source + ": Globals.Function is "
                    + TemplateDocument.describe(function) + ", not a mapping of properties.");
        }
        for (Object key : functionGlobals.keySet()) {
            if (!FUNCTION_PROPERTIES.contains(String.valueOf(key))) {
                throw new InvalidTemplateException("Globals.Function." + key, "Template " + source + ": Globals.Function."
                        + key + " is not a property SAM accepts in Globals (Role, Policies, FunctionName and Events are"
                        + " set per function; the others are " + String.join(", ", FUNCTION_PROPERTIES) + "). Move it"
                        + " to each function's Properties.");
            }
        }
        Map<String, Object> merged = new LinkedHashMap<>(template);
        Map<String, Object> resources = new LinkedHashMap<>((Map<String, Object>) template.getOrDefault("Resources", Map.of()));
        for (Map.Entry<String, Object> entry : resources.entrySet()) {
            if (entry.getValue() instanceof Map<?, ?> resource && "AWS::Serverless::Function".equals(resource.get("Type"))) {
                Map<String, Object> applicable = without(entry.getKey(), (Map<String, Object>) functionGlobals,
                        resource.get("IgnoreGlobals"), source);
                Map<String, Object> changed = new LinkedHashMap<>((Map<String, Object>) resource);
                Object local = resource.get("Properties") == null ? new LinkedHashMap<>() : resource.get("Properties");
                changed.put("Properties", merge(applicable, local));
                entry.setValue(changed);
            }
        }
        merged.put("Resources", resources);
        merged.remove("Globals");
        return merged;
    }

    /** The globals less those the resource's {@code IgnoreGlobals} leaves out. */
    private static Map<String, Object> without(String logicalId, Map<String, Object> globals, Object ignore, String source) {
        if (ignore == null) {
            return globals;
        }
        if ("*".equals(ignore)) {
            return Map.of();
        }
        String path = "Resources." + logicalId + ".IgnoreGlobals";
        if (!(ignore instanceof List<?> names)) {
            throw new InvalidTemplateException(path, "Template " + source + ": " + path + " is "
                    + TemplateDocument.describe(ignore) + ". SAM takes \"*\" or a list of the Globals.Function properties"
                    + " to leave out, for example IgnoreGlobals: [Timeout].");
        }
        Map<String, Object> kept = new LinkedHashMap<>(globals);
        for (Object name : names) {
            if (kept.remove(String.valueOf(name)) == null) {
                throw new InvalidTemplateException(path, "Template " + source + ": " + path + " names " + name
                        + ", which Globals.Function does not set (it sets " + String.join(", ", globals.keySet())
                        + "). SAM refuses it; name one of those.");
            }
        }
        return kept;
    }

    /** SAM's merge of a global value and a local one. */
    static Object merge(Object global, Object local) {
        Kind g = kind(global);
        Kind l = kind(local);
        if (g != l || g == Kind.SINGLE) {
            return local;
        }
        if (g == Kind.LIST) {
            List<Object> both = new ArrayList<>((List<?>) global);
            both.addAll((List<?>) local);
            return both;
        }
        Map<String, Object> merged = new LinkedHashMap<>();
        ((Map<?, ?>) global).forEach((k, v) -> merged.put(String.valueOf(k), v));
        ((Map<?, ?>) local).forEach((k, v) -> merged.put(String.valueOf(k),
                merged.containsKey(String.valueOf(k)) ? merge(merged.get(String.valueOf(k)), v) : v));
        return merged;
    }

    private enum Kind { SINGLE, LIST, MAP }

    private static Kind kind(Object value) {
        if (value instanceof Map && !Expressions.isIntrinsic(value)) {
            return Kind.MAP;
        }
        return value instanceof List ? Kind.LIST : Kind.SINGLE;
    }
}
