package dev.lambdaharness.core.internal.template;

import dev.lambdaharness.core.template.InvalidTemplateException;
import dev.lambdaharness.core.template.UnresolvedValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The properties of one resource (or one nested mapping of them), read one at a time: each resolved
 * at its own path, a value the test gave for that path winning, checked for its kind with a message
 * naming the path. An unresolved value is handed to the {@link Reading}, and read as absent.
 *
 * <pre>{@code
 * Props properties = new Props(resolver, reading, "Resources.Orders.Properties", raw);
 * Integer memory = properties.integer("MemorySize");
 * }</pre>
 */
final class Props {

    private final Resolver resolver;
    private final Reading reading;
    private final String path;
    private final Map<?, ?> raw;

    Props(Resolver resolver, Reading reading, String path, Map<?, ?> raw) {
        this.resolver = resolver;
        this.reading = reading;
        this.path = path;
        this.raw = raw;
    }

    String path() {
        return path;
    }

    String path(String name) {
        return path + "." + name;
    }

    /** The raw value, before resolution: to see what a property refers to ({@code Ref} of a layer). */
    Object raw(String name) {
        return raw.get(name);
    }

    boolean has(String name) {
        return raw.get(name) != null || resolver.stack().values().containsKey(path(name));
    }

    /** Records a property that only the deployed stack knows, as unresolved at its path. */
    void unresolved(String name, String expression, String reason) {
        reading.accept(new UnresolvedValue(path(name), expression, reason));
    }

    /** The resolved value; {@code null} when absent, {@code AWS::NoValue}, or unresolved. */
    Object get(String name) {
        if (!has(name)) {
            return null;
        }
        Object value = resolver.resolve(raw.get(name), path(name));
        if (value == Resolver.NO_VALUE) {
            return null;
        }
        return reading.accept(value) ? value : null;
    }

    String text(String name) {
        Object value = get(name);
        if (value == null) {
            return null;
        }
        if (value instanceof String || value instanceof Number || value instanceof Boolean) {
            return String.valueOf(value);
        }
        throw wrongKind(name, value, "text", name + ": value");
    }

    Integer integer(String name) {
        Object value = get(name);
        if (value == null) {
            return null;
        }
        try {
            BigDecimal number = new BigDecimal(String.valueOf(value).trim());
            if (!(value instanceof Boolean)) {
                return number.intValueExact();
            }
        } catch (NumberFormatException | ArithmeticException e) {
            // refused below
        }
        throw wrongKind(name, value, "a whole number", name + ": 512");
    }

    /** A number that may have a fraction, as {@code StartingPositionTimestamp}'s Unix seconds. */
    BigDecimal decimal(String name) {
        Object value = get(name);
        if (value == null) {
            return null;
        }
        try {
            if (!(value instanceof Boolean)) {
                return new BigDecimal(String.valueOf(value).trim());
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw wrongKind(name, value, "a number", name + ": 1767225600");
    }

    Boolean bool(String name) {
        Object value = get(name);
        if (value == null) {
            return null;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof String text && (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false"))) {
            return Boolean.parseBoolean(text);
        }
        throw wrongKind(name, value, "true or false", name + ": true");
    }

    /** A nested mapping of properties; empty when absent. */
    Props props(String name) {
        if (!has(name)) {
            return new Props(resolver, reading, path(name), Map.of());
        }
        Object value = raw.get(name);
        if (Expressions.isIntrinsic(value) || resolver.stack().values().containsKey(path(name))) {
            value = get(name); // a whole mapping from !If or the test
        }
        if (value == null) {
            return new Props(resolver, reading, path(name), Map.of());
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw wrongKind(name, value, "a mapping", name + ": {Name: value}");
        }
        return new Props(resolver, reading, path(name), map);
    }

    /** The names of the properties present, in the template's order. */
    List<String> names() {
        List<String> names = new ArrayList<>();
        raw.keySet().forEach(k -> names.add(String.valueOf(k)));
        return names;
    }

    /** A list; empty when absent. */
    List<Object> list(String name) {
        Object value = get(name);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw wrongKind(name, value, "a list", name + ": [value]");
        }
        List<Object> kept = new ArrayList<>();
        for (Object element : list) {
            if (reading.accept(element)) {
                kept.add(element);
            }
        }
        return kept;
    }

    /** Every property resolved, for the read model of what is not wired yet. */
    Map<String, Object> all() {
        Map<String, Object> all = new LinkedHashMap<>();
        for (String name : names()) {
            Object value = get(name);
            if (value != null) {
                all.put(name, value);
            }
        }
        return all;
    }

    InvalidTemplateException wrongKind(String name, Object value, String expected, String example) {
        return new InvalidTemplateException(path(name), "Template " + resolver.stack().source() + ": " + path(name)
                + " is " + TemplateDocument.describe(value) + ", not " + expected + ". Write it as " + example + ".");
    }

    /**
     * What one reading of a function found unresolved. A strict reading (deploying the function)
     * refuses them all in one message; a collecting one ({@code Template.unresolved()}) lists them.
     */
    static final class Reading {
        private final boolean strict;
        private final List<UnresolvedValue> unresolved = new ArrayList<>();

        Reading(boolean strict) {
            this.strict = strict;
        }

        /** Whether the value is whole; an unresolved part is recorded, and the value read as absent. */
        boolean accept(Object value) {
            int before = unresolved.size();
            collect(value);
            return unresolved.size() == before;
        }

        private void collect(Object value) {
            if (value instanceof UnresolvedValue u) {
                if (!unresolved.contains(u)) {
                    unresolved.add(u);
                }
            } else if (value instanceof Map<?, ?> map) {
                map.values().forEach(this::collect);
            } else if (value instanceof List<?> list) {
                list.forEach(this::collect);
            }
        }

        List<UnresolvedValue> unresolved() {
            return List.copyOf(unresolved);
        }

        /** In a strict reading, refuses what was found unresolved, naming each path and how to give it. */
        void finish(String source, String what) {
            if (!strict || unresolved.isEmpty()) {
                return;
            }
            StringBuilder message = new StringBuilder("Template " + source + ": " + what + " holds "
                    + (unresolved.size() == 1 ? "a value" : unresolved.size() + " values")
                    + " that cannot be resolved on this machine, and Lambda Harness never guesses one:");
            for (UnresolvedValue u : unresolved) {
                message.append("\n  ").append(u.path()).append(" = ").append(u.expression()).append(" (").append(u.reason())
                        .append(')');
            }
            UnresolvedValue first = unresolved.get(0);
            message.append("\nGive each value by its path: Template.withValue(\"").append(first.path())
                    .append("\", value), @LambdaTest(templateValues = \"").append(first.path())
                    .append("=value\") or --template-value ").append(first.path()).append("=value.");
            throw new InvalidTemplateException(first.path(), message.toString());
        }
    }
}
