package dev.lambdaharness.events.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * JSON Pointers (RFC 6901) into fixture trees, with one extension: a {@code *} segment on an array
 * stands for every element, so one binding can reach every record of a batch.
 */
final class JsonPointers {

    private JsonPointers() {
    }

    /** A place that holds a value: a member of an object or an element of an array. */
    record Slot(JsonNode container, String member, int index, String pointer) {

        JsonNode value() {
            return container.isObject() ? container.get(member) : container.get(index);
        }

        void set(JsonNode value) {
            if (container instanceof ObjectNode object) {
                object.set(member, value);
            } else {
                ((ArrayNode) container).set(index, value);
            }
        }
    }

    /** @return the unescaped segments of a pointer; {@code ""} (the whole document) has none */
    static List<String> segments(String pointer) {
        if (pointer.isEmpty()) {
            return List.of();
        }
        if (!pointer.startsWith("/")) {
            throw new IllegalArgumentException("'" + pointer + "' is not a JSON Pointer: it must start with '/' (for example /Records/0/body)");
        }
        List<String> segments = new ArrayList<>();
        for (String raw : pointer.substring(1).split("/", -1)) {
            segments.add(raw.replace("~1", "/").replace("~0", "~"));
        }
        return segments;
    }

    /**
     * The existing slots a pointer names, {@code *} expanded.
     *
     * @throws IllegalArgumentException naming the first part of the pointer that does not exist
     */
    static List<Slot> existing(JsonNode root, String pointer) {
        List<String> segments = segments(pointer);
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("the pointer names the whole document, not a field in it");
        }
        List<Slot> slots = new ArrayList<>();
        collect(root, "", segments, 0, slots);
        if (slots.isEmpty()) {
            throw new IllegalArgumentException(pointer + " matches nothing: its '*' array is empty");
        }
        return slots;
    }

    private static void collect(JsonNode node, String at, List<String> segments, int depth, List<Slot> slots) {
        String segment = segments.get(depth);
        boolean last = depth == segments.size() - 1;
        List<Slot> here = new ArrayList<>();
        if (node.isArray() && segment.equals("*")) {
            for (int i = 0; i < node.size(); i++) {
                here.add(new Slot(node, null, i, at + "/" + i));
            }
        } else if (node.isArray()) {
            int index = index(segment);
            if (index < 0 || index >= node.size()) {
                throw new IllegalArgumentException("there is no element " + at + "/" + escape(segment) + " (the array has " + node.size() + ")");
            }
            here.add(new Slot(node, null, index, at + "/" + index));
        } else if (node.isObject() && node.has(segment)) {
            here.add(new Slot(node, segment, -1, at + "/" + escape(segment)));
        } else {
            throw new IllegalArgumentException("there is no " + at + "/" + escape(segment) + " ("
                    + (at.isEmpty() ? "the document" : at) + " is " + describe(node) + ")");
        }
        for (Slot slot : here) {
            if (last) {
                slots.add(slot);
            } else {
                collect(slot.value(), slot.pointer(), segments, depth + 1, slots);
            }
        }
    }

    /**
     * Sets the value at a pointer, creating missing object members on the way; {@code *} sets it
     * in every element, and {@code -} or the array's size appends.
     */
    static void put(JsonNode root, String pointer, JsonNode value) {
        List<String> segments = segments(pointer);
        put(root, "", segments, 0, value);
    }

    private static void put(JsonNode node, String at, List<String> segments, int depth, JsonNode value) {
        String segment = segments.get(depth);
        boolean last = depth == segments.size() - 1;
        String here = at + "/" + escape(segment);
        if (node instanceof ObjectNode object) {
            if (last) {
                object.set(segment, value.deepCopy());
            } else {
                JsonNode child = object.get(segment);
                if (child == null || child.isNull()) {
                    child = object.putObject(segment);
                }
                put(child, here, segments, depth + 1, value);
            }
        } else if (node instanceof ArrayNode array && segment.equals("*")) {
            for (int i = 0; i < array.size(); i++) {
                if (last) {
                    array.set(i, value.deepCopy());
                } else {
                    put(array.get(i), at + "/" + i, segments, depth + 1, value);
                }
            }
        } else if (node instanceof ArrayNode array) {
            int index = segment.equals("-") ? array.size() : index(segment);
            if (index < 0 || index > array.size()) {
                throw new IllegalArgumentException("there is no element " + here + " (the array has " + array.size()
                        + "; use an index below that, or '-' to append)");
            }
            if (index == array.size()) {
                array.add(last ? value.deepCopy() : array.objectNode());
            } else if (last) {
                array.set(index, value.deepCopy());
            }
            if (!last) {
                put(array.get(index), at + "/" + index, segments, depth + 1, value);
            }
        } else {
            throw new IllegalArgumentException((at.isEmpty() ? "the document" : at) + " is " + describe(node) + ", not an object or array");
        }
    }

    private static int index(String segment) {
        if (segment.isEmpty() || segment.length() > 9 || !segment.chars().allMatch(Character::isDigit)
                || (segment.length() > 1 && segment.charAt(0) == '0')) {
            return -1;
        }
        return Integer.parseInt(segment);
    }

    static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }

    static String describe(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
