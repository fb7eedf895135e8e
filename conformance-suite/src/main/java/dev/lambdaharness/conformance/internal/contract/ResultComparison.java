package dev.lambdaharness.conformance.internal.contract;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaharness.core.FunctionError;
import dev.lambdaharness.core.InvocationResult;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * Compares two invocations' results as a caller sees them: the payload (as JSON, without the
 * ignored paths, when it is JSON; else byte for byte) or the error's type and message.
 *
 * <pre>{@code
 * Optional<String> difference = ResultComparison.difference(cold, warm, List.of("/body/orderId"), "cold", "warm");
 * // "at /count cold 1, warm 2"
 * }</pre>
 */
public final class ResultComparison {

    private static final int MAX_VALUE_CHARS = 120;

    private ResultComparison() {
    }

    /** @return where and how the two results differ, in the words {@code first} and {@code second}; empty when equal */
    public static Optional<String> difference(InvocationResult a, InvocationResult b, List<String> ignored, String first,
            String second) {
        if (a.succeeded() != b.succeeded() || !a.succeeded()) {
            String left = describe(a);
            String right = describe(b);
            return left.equals(right) ? Optional.empty()
                    : Optional.of(first + " " + left + ", " + second + " " + right);
        }
        JsonNode left = JsonPointers.parse(a.payloadAsString());
        JsonNode right = JsonPointers.parse(b.payloadAsString());
        if (left == null || right == null) {
            return a.payloadAsString().equals(b.payloadAsString()) ? Optional.empty()
                    : Optional.of(first + " " + clip(a.payloadAsString()) + ", " + second + " " + clip(b.payloadAsString()));
        }
        return firstDifference(JsonPointers.without(left, ignored), JsonPointers.without(right, ignored), "")
                .map(at -> "at " + (at.pointer().isEmpty() ? "/" : at.pointer()) + " " + first + " " + clip(String.valueOf(at.left()))
                        + ", " + second + " " + clip(String.valueOf(at.right())));
    }

    private record At(String pointer, JsonNode left, JsonNode right) {
    }

    private static Optional<At> firstDifference(JsonNode left, JsonNode right, String pointer) {
        if (left == null || right == null || left.getNodeType() != right.getNodeType()) {
            return Optional.of(new At(pointer, left, right));
        }
        if (left.isTextual()) {
            JsonNode innerLeft = JsonPointers.parse(left.asText());
            JsonNode innerRight = JsonPointers.parse(right.asText());
            if (innerLeft != null && innerRight != null && innerLeft.isContainerNode() && innerRight.isContainerNode()) {
                return firstDifference(innerLeft, innerRight, pointer);
            }
        }
        if (left.isObject()) {
            for (Iterator<String> names = left.fieldNames(); names.hasNext();) {
                String name = names.next();
                Optional<At> inner = firstDifference(left.get(name), right.get(name), pointer + "/" + escape(name));
                if (inner.isPresent()) {
                    return inner;
                }
            }
            for (Iterator<String> names = right.fieldNames(); names.hasNext();) {
                String name = names.next();
                if (!left.has(name)) {
                    return Optional.of(new At(pointer + "/" + escape(name), null, right.get(name)));
                }
            }
            return Optional.empty();
        }
        if (left.isArray()) {
            for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
                Optional<At> inner = firstDifference(left.get(i), right.get(i), pointer + "/" + i);
                if (inner.isPresent()) {
                    return inner;
                }
            }
            return Optional.empty();
        }
        return left.equals(right) ? Optional.empty() : Optional.of(new At(pointer, left, right));
    }

    /** @return the result as one line: its payload, or its error's type and message */
    public static String describe(InvocationResult result) {
        if (result.succeeded()) {
            return clip(result.payloadAsString());
        }
        FunctionError error = result.error().orElseThrow();
        return "failed with " + error.errorType().orElse(error.runtimeErrorType()) + ": " + clip(error.errorMessage());
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    private static String clip(String text) {
        return text.length() <= MAX_VALUE_CHARS ? text : text.substring(0, MAX_VALUE_CHARS) + "...";
    }
}
