package dev.lambdaharness.core.internal.template;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A template value as a message shows it: an intrinsic function in its short form
 * ({@code !GetAtt Queue.Arn}, {@code !ImportValue shared-bus}), anything else as written.
 *
 * <pre>{@code
 * Expressions.show(Map.of("Fn::ImportValue", "shared-bus")); // !ImportValue shared-bus
 * }</pre>
 */
final class Expressions {

    private Expressions() {
    }

    /** Whether a value is an intrinsic function: a mapping of one key, {@code Ref}, {@code Condition} or {@code Fn::…}. */
    static boolean isIntrinsic(Object value) {
        if (value instanceof Map<?, ?> map && map.size() == 1) {
            String key = String.valueOf(map.keySet().iterator().next());
            return key.equals("Ref") || key.equals("Condition") || key.startsWith("Fn::");
        }
        return false;
    }

    static String show(Object value) {
        if (isIntrinsic(value)) {
            Map.Entry<?, ?> entry = ((Map<?, ?>) value).entrySet().iterator().next();
            String name = String.valueOf(entry.getKey());
            String tag = "!" + (name.startsWith("Fn::") ? name.substring(4) : name);
            Object argument = entry.getValue();
            if (name.equals("Fn::GetAtt") && argument instanceof List<?> parts) {
                return tag + " " + parts.stream().map(String::valueOf).collect(Collectors.joining("."));
            }
            return tag + " " + show(argument);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(Expressions::show).collect(Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(e -> e.getKey() + ": " + show(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        return value instanceof String text && (text.isEmpty() || text.contains(" ") || text.contains("$"))
                ? "'" + text + "'" : String.valueOf(value);
    }
}
