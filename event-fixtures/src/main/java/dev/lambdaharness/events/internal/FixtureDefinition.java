package dev.lambdaharness.events.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaharness.events.FixtureParameter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an index file says about one fixture (or, for a user's own file, only its id and place):
 * its class, anchors, parameters with their bindings, and the known losses of typed reading.
 */
public final class FixtureDefinition {

    private final String id;
    private final String service;
    private final String description;
    private final String typeName;
    private final Map<String, String> anchors;
    private final Map<String, FixtureParameter> parameters;
    private final List<Binding> bindings;
    private final Map<String, String> losses;
    private final String resource;

    FixtureDefinition(String id, String service, String description, String typeName, Map<String, String> anchors,
            Map<String, FixtureParameter> parameters, List<Binding> bindings, Map<String, String> losses, String resource) {
        this.id = id;
        this.service = service;
        this.description = description;
        this.typeName = typeName;
        this.anchors = Map.copyOf(anchors);
        this.parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        this.bindings = List.copyOf(bindings);
        this.losses = Collections.unmodifiableMap(new LinkedHashMap<>(losses));
        this.resource = resource;
    }

    /** A user's own fixture file: no class, parameters or bindings. */
    public static FixtureDefinition user(String id, String resource) {
        int slash = id.lastIndexOf('/');
        String folder = slash < 0 ? "" : id.substring(0, slash);
        String service = folder.substring(folder.lastIndexOf('/') + 1);
        return new FixtureDefinition(id, service, "", null, Map.of(), Map.of(), List.of(), Map.of(), resource);
    }

    public String id() {
        return id;
    }

    public String service() {
        return service;
    }

    public String description() {
        return description;
    }

    public Optional<String> typeName() {
        return Optional.ofNullable(typeName);
    }

    /** @return anchor set ({@code sam}, {@code go}) to anchor name */
    public Map<String, String> anchors() {
        return anchors;
    }

    public Map<String, FixtureParameter> parameters() {
        return parameters;
    }

    /** @return JSON Pointer of each lost leaf to the reason, in index order */
    public Map<String, String> losses() {
        return losses;
    }

    /** @return the binding paths, in index order ({@code *} unexpanded) */
    public List<String> bindingPaths() {
        return bindings.stream().map(Binding::path).toList();
    }

    /** @return the class path resource of the payload file */
    public String resource() {
        return resource;
    }

    /**
     * Renders every binding into {@code tree} with the defaults, overridden by {@code values}.
     *
     * @throws IllegalArgumentException naming the fixture, the path and the fix
     */
    public void render(JsonNode tree, Map<String, String> values) {
        Map<String, String> all = new LinkedHashMap<>();
        parameters.forEach((name, parameter) -> all.put(name, parameter.defaultValue()));
        all.putAll(values);
        BindingRenderer.render(id, tree, bindings, all);
    }

    @Override
    public String toString() {
        return id;
    }
}
