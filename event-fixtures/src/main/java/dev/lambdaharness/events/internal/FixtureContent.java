package dev.lambdaharness.events.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fixture file with the changes a test asked for: parameter values, then field edits, in that
 * order. Immutable; the payload is rendered on first read. Unchanged, it is the file byte for
 * byte; changed, it is the rendered tree written compactly.
 */
public final class FixtureContent {

    private record FieldEdit(String pointer, JsonNode value) {
    }

    private final FixtureDefinition definition;
    private final byte[] file;
    private final JsonNode tree;
    private final Map<String, String> values;
    private final List<FieldEdit> edits;
    private volatile JsonEventPayload payload;

    private FixtureContent(FixtureDefinition definition, byte[] file, JsonNode tree, Map<String, String> values, List<FieldEdit> edits) {
        this.definition = definition;
        this.file = file;
        this.tree = tree;
        this.values = values;
        this.edits = edits;
    }

    /**
     * @throws IllegalArgumentException when the file is not JSON, naming it
     */
    public static FixtureContent of(FixtureDefinition definition, byte[] file) {
        JsonNode tree;
        try {
            tree = JsonEventPayload.MAPPER.readTree(file);
        } catch (IOException e) {
            throw new IllegalArgumentException("The fixture file " + definition.resource() + " is not JSON ("
                    + e.getMessage().lines().findFirst().orElse("") + "). Fix the file.", e);
        }
        if (tree == null || tree.isMissingNode()) {
            throw new IllegalArgumentException("The fixture file " + definition.resource() + " is empty. Write the event's JSON in it.");
        }
        return new FixtureContent(definition, file, tree, Map.of(), List.of());
    }

    public FixtureDefinition definition() {
        return definition;
    }

    /** @throws IllegalArgumentException for a parameter the fixture does not have, naming the ones it has */
    public FixtureContent withValues(Map<String, String> changes) {
        Map<String, String> next = new LinkedHashMap<>(values);
        changes.forEach((name, value) -> {
            if (!definition.parameters().containsKey(name)) {
                throw new IllegalArgumentException(definition.parameters().isEmpty()
                        ? "The fixture " + definition.id() + " has no parameters, so it has none called \"" + name
                                + "\". Set fields with withField(\"/json/pointer\", value) instead."
                        : "The fixture " + definition.id() + " has no parameter \"" + name + "\". Its parameters are "
                                + String.join(", ", definition.parameters().keySet()) + "; other fields are set with withField(\"/json/pointer\", value).");
            }
            if (value == null) {
                throw new IllegalArgumentException("The value of parameter \"" + name + "\" of fixture " + definition.id()
                        + " is null. Pass a string; to set a field to null use withField(\"/json/pointer\", null).");
            }
            next.put(name, value);
        });
        return new FixtureContent(definition, file, tree, Map.copyOf(next), edits);
    }

    /** @throws IllegalArgumentException for a pointer or value that cannot be used, naming it */
    public FixtureContent withField(String pointer, Object value) {
        JsonPointers.segments(pointer);
        List<FieldEdit> next = new ArrayList<>(edits);
        next.add(new FieldEdit(pointer, node(pointer, value)));
        return new FixtureContent(definition, file, tree, values, List.copyOf(next));
    }

    /** @return whether a parameter or field was changed */
    public boolean changed() {
        return !values.isEmpty() || !edits.isEmpty();
    }

    /** @return the changed parameter names and field pointers, in order, for messages */
    public List<String> changes() {
        List<String> changes = new ArrayList<>(values.keySet());
        edits.forEach(edit -> changes.add(edit.pointer()));
        return changes;
    }

    /** @return the payload with every change applied */
    public JsonEventPayload payload() {
        JsonEventPayload rendered = payload;
        if (rendered == null) {
            rendered = render();
            payload = rendered;
        }
        return rendered;
    }

    private JsonEventPayload render() {
        if (!changed()) {
            return JsonEventPayload.parse(new String(file, StandardCharsets.UTF_8));
        }
        JsonNode result = tree.deepCopy();
        if (!values.isEmpty()) {
            definition.render(result, values);
        }
        for (FieldEdit edit : edits) {
            if (edit.pointer().isEmpty()) {
                result = edit.value().deepCopy();
                continue;
            }
            try {
                JsonPointers.put(result, edit.pointer(), edit.value());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Cannot set " + edit.pointer() + " in fixture " + definition.id() + ": "
                        + e.getMessage() + ".", e);
            }
        }
        return JsonEventPayload.of(result);
    }

    private JsonNode node(String pointer, Object value) {
        if (value == null) {
            return NullNode.getInstance();
        }
        if (value instanceof JsonNode json) {
            return json.deepCopy();
        }
        if (value instanceof String || value instanceof Boolean || value instanceof Integer || value instanceof Long
                || value instanceof Short || value instanceof Byte || value instanceof Double || value instanceof Float
                || value instanceof BigDecimal || value instanceof BigInteger || value instanceof Map || value instanceof Collection) {
            return JsonEventPayload.MAPPER.valueToTree(value);
        }
        throw new IllegalArgumentException("Cannot set " + pointer + " in fixture " + definition.id() + " to a "
                + value.getClass().getName() + ". Pass a String, Number, Boolean, null, Map, List or JsonNode.");
    }
}
