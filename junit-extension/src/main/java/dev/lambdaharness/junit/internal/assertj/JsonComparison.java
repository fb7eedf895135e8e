package dev.lambdaharness.junit.internal.assertj;

import dev.lambdaharness.internal.jackson.databind.JsonNode;
import dev.lambdaharness.internal.jackson.databind.node.JsonNodeType;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * Semantic JSON equality: object members in any order, array elements in order, numbers by value
 * ({@code 1} equals {@code 1.0}), everything else exactly. It finds the first difference, so a
 * failure says where two large documents part.
 */
public final class JsonComparison {

    private JsonComparison() {
    }

    /**
     * The first place where {@code actual} differs from {@code expected}.
     *
     * @return a description such as {@code at "/items/0/sku": expected "A-1" but was "A-2"}, or
     *     empty when they are equal
     */
    public static Optional<String> firstDifference(JsonNode actual, JsonNode expected) {
        return difference("", actual, expected);
    }

    private static Optional<String> difference(String pointer, JsonNode actual, JsonNode expected) {
        if (actual.isNumber() && expected.isNumber()) {
            return actual.decimalValue().compareTo(expected.decimalValue()) == 0 ? Optional.empty()
                    : differ(pointer, "expected " + expected + " but was " + actual);
        }
        if (actual.getNodeType() != expected.getNodeType()) {
            return differ(pointer, "expected " + expected + " but was " + actual);
        }
        if (expected.getNodeType() == JsonNodeType.OBJECT) {
            return objectDifference(pointer, actual, expected);
        }
        if (expected.getNodeType() == JsonNodeType.ARRAY) {
            return arrayDifference(pointer, actual, expected);
        }
        return actual.equals(expected) ? Optional.empty()
                : differ(pointer, "expected " + expected + " but was " + actual);
    }

    private static Optional<String> objectDifference(String pointer, JsonNode actual, JsonNode expected) {
        for (Iterator<String> names = expected.fieldNames(); names.hasNext();) {
            String name = names.next();
            String child = pointer + "/" + escape(name);
            if (!actual.has(name)) {
                return differ(child, "expected " + expected.get(name) + " but there is no such member");
            }
            Optional<String> inner = difference(child, actual.get(name), expected.get(name));
            if (inner.isPresent()) {
                return inner;
            }
        }
        List<String> unexpected = new ArrayList<>();
        actual.fieldNames().forEachRemaining(name -> {
            if (!expected.has(name)) {
                unexpected.add(name);
            }
        });
        return unexpected.isEmpty() ? Optional.empty()
                : differ(pointer + "/" + escape(unexpected.get(0)), "expected no such member but was "
                        + actual.get(unexpected.get(0)));
    }

    private static Optional<String> arrayDifference(String pointer, JsonNode actual, JsonNode expected) {
        int common = Math.min(actual.size(), expected.size());
        for (int i = 0; i < common; i++) {
            Optional<String> inner = difference(pointer + "/" + i, actual.get(i), expected.get(i));
            if (inner.isPresent()) {
                return inner;
            }
        }
        return actual.size() == expected.size() ? Optional.empty()
                : differ(pointer, "expected " + elements(expected.size()) + " but was " + actual.size());
    }

    private static String elements(int count) {
        return count == 1 ? "1 element" : count + " elements";
    }

    private static Optional<String> differ(String pointer, String how) {
        return Optional.of((pointer.isEmpty() ? "at the root" : "at \"" + pointer + "\"") + ": " + how);
    }

    /** RFC 6901: "~" and "/" inside a member name are written "~0" and "~1". */
    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
