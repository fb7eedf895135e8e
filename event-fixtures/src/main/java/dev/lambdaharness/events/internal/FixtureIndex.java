package dev.lambdaharness.events.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaharness.events.FixtureParameter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads one service's {@code index.json}. Every mistake is reported with the file, the fixture
 * and the entry it is in, because these files are written by hand (and copied by users).
 */
final class FixtureIndex {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+([-.][a-z0-9]+)*");
    private static final Pattern PARAMETER = Pattern.compile("[a-zA-Z][a-zA-Z0-9]*");
    private static final Set<String> ROOT_KEYS = Set.of("service", "title", "fixtures");
    private static final Set<String> FIXTURE_KEYS = Set.of("id", "description", "type", "anchors", "parameters", "bindings", "losses");
    private static final Set<String> ANCHOR_KEYS = Set.of("sam", "go");

    private final String file;
    private String where = "";

    private FixtureIndex(String file) {
        this.file = file;
    }

    /**
     * @param file the index's class path resource, for messages and to name payload resources
     * @param service the directory the index is in
     * @throws IllegalStateException naming the file, the entry and the fix
     */
    static List<FixtureDefinition> parse(String file, byte[] bytes, String service) {
        return new FixtureIndex(file).parse(bytes, service);
    }

    private List<FixtureDefinition> parse(byte[] bytes, String service) {
        JsonNode root;
        try {
            root = JsonEventPayload.MAPPER.readTree(bytes);
        } catch (IOException e) {
            throw bad("it is not JSON (" + e.getMessage().lines().findFirst().orElse("") + ")", "write valid JSON");
        }
        requireKeys(root, ROOT_KEYS, ROOT_KEYS, "the top level");
        if (!text(root, "service").equals(service)) {
            throw bad("\"service\" is \"" + root.get("service").asText() + "\" but the file is in the directory " + service,
                    "make them the same");
        }
        text(root, "title");
        JsonNode fixtures = root.get("fixtures");
        if (!fixtures.isArray() || fixtures.isEmpty()) {
            throw bad("\"fixtures\" must be a non-empty array", "list the directory's fixtures there");
        }
        List<FixtureDefinition> definitions = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < fixtures.size(); i++) {
            where = "fixtures[" + i + "]: ";
            FixtureDefinition definition = fixture(fixtures.get(i), service);
            if (!ids.add(definition.id())) {
                throw bad("the id " + definition.id() + " appears twice", "give each fixture its own id");
            }
            definitions.add(definition);
        }
        return definitions;
    }

    private FixtureDefinition fixture(JsonNode node, String service) {
        requireKeys(node, FIXTURE_KEYS, Set.of("id", "description", "type", "parameters", "bindings"), "a fixture");
        String id = text(node, "id");
        if (!ID.matcher(id).matches() || !id.startsWith(service + "/")) {
            throw bad("the id \"" + id + "\" is not <service>/<variant> with service " + service,
                    "use lowercase hyphenated words, such as " + service + "/my-variant");
        }
        where = "fixture " + id + ": ";
        String type = node.get("type").isNull() ? null : text(node, "type");
        Map<String, FixtureParameter> parameters = parameters(node.get("parameters"));
        List<Binding> bindings = bindings(node.get("bindings"), parameters);
        Map<String, String> losses = losses(node.get("losses"), type);
        String resource = file.substring(0, file.lastIndexOf('/') + 1) + id.substring(id.indexOf('/') + 1) + ".json";
        return new FixtureDefinition(id, service, text(node, "description"), type, anchors(node.get("anchors")),
                parameters, bindings, losses, resource);
    }

    private Map<String, String> anchors(JsonNode node) {
        Map<String, String> anchors = new LinkedHashMap<>();
        if (node == null) {
            return anchors;
        }
        requireKeys(node, ANCHOR_KEYS, Set.of(), "\"anchors\"");
        node.fieldNames().forEachRemaining(set -> anchors.put(set, text(node, set)));
        return anchors;
    }

    private Map<String, FixtureParameter> parameters(JsonNode node) {
        if (!node.isObject()) {
            throw bad("\"parameters\" must be an object of name to {\"default\", \"description\"}", "write {} when there are none");
        }
        Map<String, FixtureParameter> parameters = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String name = entry.getKey();
            if (!PARAMETER.matcher(name).matches()) {
                throw bad("the parameter name \"" + name + "\" is not camelCase letters and digits", "rename it, for example queueName");
            }
            JsonNode parameter = entry.getValue();
            requireKeys(parameter, Set.of("default", "description"), Set.of("default", "description"), "parameter " + name);
            parameters.put(name, new FixtureParameter(name, text(parameter, "default"), text(parameter, "description")));
        }
        return parameters;
    }

    private List<Binding> bindings(JsonNode node, Map<String, FixtureParameter> parameters) {
        if (!node.isArray()) {
            throw bad("\"bindings\" must be an array", "write [] when there are none");
        }
        List<Binding> bindings = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode binding = node.get(i);
            String entry = "bindings[" + i + "]";
            requireKeys(binding, Set.of("path", "value", "encoding"), Set.of("path", "value"), entry);
            String path = pointer(text(binding, "path"), entry, true);
            BindingTemplate template;
            try {
                template = BindingTemplate.parse(text(binding, "value"));
            } catch (IllegalArgumentException e) {
                throw bad(entry + ": " + e.getMessage(), "fix the value");
            }
            for (String name : template.parameterNames()) {
                if (!parameters.containsKey(name)) {
                    throw bad(entry + " uses {" + name + "}, which is not a parameter (parameters: " + parameters.keySet() + ")",
                            "declare it under \"parameters\" or write {{" + name + "}} for literal braces");
                }
            }
            used.addAll(template.parameterNames());
            TemplateEncoding encoding = TemplateEncoding.NONE;
            if (binding.has("encoding")) {
                encoding = TemplateEncoding.named(text(binding, "encoding"));
                if (encoding == null) {
                    throw bad(entry + ": the encoding \"" + binding.get("encoding").asText() + "\" is not one of " + TemplateEncoding.labels(),
                            "use one of those, or leave \"encoding\" out");
                }
            }
            bindings.add(new Binding(path, template, encoding));
        }
        for (String name : parameters.keySet()) {
            if (!used.contains(name)) {
                throw bad("the parameter " + name + " is bound nowhere, so setting it would change nothing",
                        "add a binding that uses {" + name + "}, or remove the parameter");
            }
        }
        return bindings;
    }

    private Map<String, String> losses(JsonNode node, String type) {
        Map<String, String> losses = new LinkedHashMap<>();
        if (type == null) {
            if (node != null) {
                throw bad("\"losses\" is given but \"type\" is null", "remove \"losses\": only typed fixtures lose fields");
            }
            return losses;
        }
        if (node == null || !node.isArray()) {
            throw bad("\"losses\" is missing or not an array", "list the leaves " + type + " loses, or write [] when it loses none");
        }
        for (int i = 0; i < node.size(); i++) {
            String entry = "losses[" + i + "]";
            requireKeys(node.get(i), Set.of("path", "reason"), Set.of("path", "reason"), entry);
            String path = pointer(text(node.get(i), "path"), entry, false);
            if (losses.put(path, text(node.get(i), "reason")) != null) {
                throw bad(entry + ": " + path + " is listed twice", "list each lost leaf once");
            }
        }
        return losses;
    }

    private String pointer(String path, String entry, boolean starAllowed) {
        if (!path.startsWith("/")) {
            throw bad(entry + ": the path \"" + path + "\" is not a JSON Pointer", "start it with /, such as /Records/0/body");
        }
        if (!starAllowed && JsonPointers.segments(path).contains("*")) {
            throw bad(entry + ": the path " + path + " has a * segment", "list every lost leaf with its concrete index");
        }
        return path;
    }

    private void requireKeys(JsonNode node, Set<String> allowed, Set<String> required, String what) {
        if (!node.isObject()) {
            throw bad(what + " must be a JSON object", "see the example in docs/fixtures.md");
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            String key = it.next();
            if (!allowed.contains(key)) {
                throw bad(what + " has the unknown key \"" + key + "\"", "use only " + new TreeSet<>(allowed));
            }
        }
        for (String key : required) {
            if (!node.has(key)) {
                throw bad(what + " has no \"" + key + "\"", "add it");
            }
        }
    }

    private String text(JsonNode node, String key) {
        JsonNode value = node.get(key);
        if (value == null || !value.isTextual()) {
            throw bad("\"" + key + "\" must be a string", "write it in double quotes");
        }
        return value.asText();
    }

    private IllegalStateException bad(String problem, String fix) {
        return new IllegalStateException("Bad fixture index " + file + ": " + where + problem + ". Fix: " + fix
                + " (the format is in docs/fixtures.md).");
    }
}
