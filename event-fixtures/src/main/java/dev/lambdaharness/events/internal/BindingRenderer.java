package dev.lambdaharness.events.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes parameter values into a fixture tree through its bindings. A value replaces the node a
 * binding's path names; where the fixture holds a number or a boolean, the value is read as one,
 * so a parameter never turns a number into a string.
 */
final class BindingRenderer {

    private BindingRenderer() {
    }

    /**
     * @param tree the fixture's tree, changed in place
     * @param values a value for every parameter
     * @throws IllegalArgumentException naming the fixture, the path and the fix
     */
    static void render(String fixtureId, JsonNode tree, List<Binding> bindings, Map<String, String> values) {
        for (Binding binding : bindings) {
            List<JsonPointers.Slot> slots;
            try {
                slots = JsonPointers.existing(tree, binding.path());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Fixture " + fixtureId + " binds " + binding.path() + ", but " + e.getMessage()
                        + ". Fix the binding's path in the fixture's index.json.", e);
            }
            String text = binding.encoding().apply(binding.template().render(values));
            for (JsonPointers.Slot slot : slots) {
                slot.set(node(fixtureId, binding, slot, text));
            }
        }
    }

    private static JsonNode node(String fixtureId, Binding binding, JsonPointers.Slot slot, String text) {
        JsonNode current = slot.value();
        if (binding.encoding() == TemplateEncoding.JSON) {
            return parse(text).orElseThrow(() -> refused(fixtureId, binding, slot, text, "is not JSON, and this binding inserts JSON"));
        }
        if (current.isNumber()) {
            JsonNode number = parse(text).filter(JsonNode::isNumber).orElse(null);
            if (number == null) {
                throw refused(fixtureId, binding, slot, text, "is not a number, and the event holds a number there");
            }
            return number;
        }
        if (current.isBoolean()) {
            if (!text.equals("true") && !text.equals("false")) {
                throw refused(fixtureId, binding, slot, text, "is neither true nor false, and the event holds a boolean there");
            }
            return BooleanNode.valueOf(Boolean.parseBoolean(text));
        }
        return TextNode.valueOf(text);
    }

    private static Optional<JsonNode> parse(String text) {
        try {
            return Optional.of(JsonEventPayload.MAPPER.readTree(text)).filter(node -> !node.isMissingNode());
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    private static IllegalArgumentException refused(String fixtureId, Binding binding, JsonPointers.Slot slot, String text, String why) {
        return new IllegalArgumentException("Fixture " + fixtureId + ": the value \"" + text + "\" for " + slot.pointer()
                + " (from \"" + binding.template() + "\", parameters " + binding.template().parameterNames() + ") " + why
                + ". Pass a value of that kind, or set the field with withField(\"" + slot.pointer() + "\", value).");
    }
}
