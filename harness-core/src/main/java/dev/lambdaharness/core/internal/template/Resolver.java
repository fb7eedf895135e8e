package dev.lambdaharness.core.internal.template;

import dev.lambdaharness.core.template.InvalidTemplateException;
import dev.lambdaharness.core.template.UnresolvedValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves CloudFormation's intrinsic functions in a template's values, as CloudFormation would at
 * deployment: {@code Ref} to parameters (the test's values, else their defaults), pseudo parameters
 * and resources (the names and ARNs {@link ResourceNames} gives them), {@code Fn::Sub} in both forms,
 * {@code Fn::GetAtt}, {@code Fn::Join}, {@code Fn::Select}, {@code Fn::Split}, {@code Fn::If} with
 * the template's {@code Conditions} ({@code Fn::Equals}, {@code Fn::And}, {@code Fn::Or},
 * {@code Fn::Not}, {@code Condition}), {@code Fn::FindInMap} and {@code Fn::Base64}.
 *
 * <p>What only AWS knows ({@code Fn::ImportValue}, {@code Fn::GetAZs}, attributes of resources the
 * harness does not model, a parameter nobody gave a value) resolves to an {@link UnresolvedValue}
 * naming its path, never to a guess; a test gives it by that path ({@link Stack#values()}), which
 * wins over whatever the template holds there. A resolved {@code AWS::NoValue} is {@link #NO_VALUE}:
 * the property is left out.
 *
 * <pre>{@code
 * Object memory = new Resolver(stack).resolve(properties.get("MemorySize"), "Resources.F.Properties.MemorySize");
 * }</pre>
 */
final class Resolver {

    /** {@code AWS::NoValue}: the property, list element or mapping entry that holds it is removed. */
    static final Object NO_VALUE = new Object() {
        @Override
        public String toString() {
            return "AWS::NoValue";
        }
    };

    private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([^}]*)}");
    private static final Set<String> NOT_LOCAL = Set.of("Fn::ImportValue", "Fn::GetAZs", "Fn::Cidr", "Fn::Transform",
            "Fn::Length", "Fn::ToJsonString", "Fn::ForEach", "Fn::GetStackOutput");

    private final Stack stack;
    /** What is being resolved right now, to refuse a reference that comes back to itself. */
    private final Deque<String> resolving = new ArrayDeque<>();

    Resolver(Stack stack) {
        this.stack = stack;
    }

    Stack stack() {
        return stack;
    }

    /** The value with every intrinsic function in it resolved; a value the test gave for {@code path} wins. */
    Object resolve(Object value, String path) {
        if (stack.values().containsKey(path)) {
            return stack.values().get(path);
        }
        if (Expressions.isIntrinsic(value)) {
            Map.Entry<?, ?> entry = ((Map<?, ?>) value).entrySet().iterator().next();
            if (!entry.getKey().equals("Condition")) {
                return dynamicReference(function(String.valueOf(entry.getKey()), entry.getValue(), value, path), value, path);
            }
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> resolved = new LinkedHashMap<>();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                Object v = resolve(entry.getValue(), path + "." + entry.getKey());
                if (v != NO_VALUE) {
                    resolved.put(String.valueOf(entry.getKey()), v);
                }
            }
            return resolved;
        }
        if (value instanceof List<?> list) {
            List<Object> resolved = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                Object v = resolve(list.get(i), path + "[" + i + "]");
                if (v != NO_VALUE) {
                    resolved.add(v);
                }
            }
            return resolved;
        }
        return dynamicReference(value, value, path);
    }

    /**
     * A text holding a dynamic reference ({@code {{resolve:ssm:…}}}, {@code {{resolve:secretsmanager:…}}}),
     * which CloudFormation replaces with the parameter's or secret's value at deployment, is unresolved.
     */
    private static Object dynamicReference(Object value, Object expression, String path) {
        if (value instanceof String text && text.contains("{{resolve:")) {
            return new UnresolvedValue(path, Expressions.show(expression), "a dynamic reference, which CloudFormation"
                    + " reads from Systems Manager or Secrets Manager at deployment");
        }
        return value;
    }

    private Object function(String name, Object argument, Object expression, String path) {
        if (NOT_LOCAL.contains(name)) {
            return new UnresolvedValue(path, Expressions.show(expression), name.substring(4)
                    + " asks AWS for a value, which a local test cannot");
        }
        switch (name) {
            case "Ref":
                return ref(text(argument, path, "!Ref takes a logical id or parameter name"), expression, path);
            case "Fn::GetAtt":
                return getAtt(argument, expression, path);
            case "Fn::Sub":
                return sub(argument, expression, path);
            case "Fn::Join":
                return join(argument, expression, path);
            case "Fn::Select":
                return select(argument, expression, path);
            case "Fn::Split":
                return split(argument, expression, path);
            case "Fn::If":
                return fnIf(argument, expression, path);
            case "Fn::FindInMap":
                return findInMap(argument, expression, path);
            case "Fn::Base64":
                Object text = resolve(argument, path);
                if (text instanceof UnresolvedValue unresolved) {
                    return unresolved(unresolved, expression, path);
                }
                return Base64.getEncoder().encodeToString(text(text, path, "!Base64 takes text")
                        .getBytes(StandardCharsets.UTF_8));
            case "Fn::Equals":
            case "Fn::And":
            case "Fn::Or":
            case "Fn::Not":
                return conditionFunction(name, argument, expression, path);
            default:
                return new UnresolvedValue(path, Expressions.show(expression), name
                        + " is not an intrinsic function Lambda Harness resolves");
        }
    }

    private Object ref(String target, Object expression, String path) {
        Object pseudo = stack.pseudoParameter(target);
        if (pseudo != null) {
            return pseudo;
        }
        if (stack.parameters().containsKey(target)) {
            return stack.parameterValue(target, path, Expressions.show(expression));
        }
        if (stack.resources().containsKey(target)) {
            return within(target + " (Ref)", path, () -> stack.names().ref(target, this, path, Expressions.show(expression)));
        }
        throw new InvalidTemplateException(path, path + " is " + Expressions.show(expression) + ", but the template"
                + " declares no parameter or resource " + target + " (" + stack.describeIds() + "). Name one of those,"
                + " or declare " + target + ".");
    }

    private Object getAtt(Object argument, Object expression, String path) {
        Object resolved = resolve(argument, path);
        String resource;
        String attribute;
        if (resolved instanceof List<?> parts && parts.size() == 2) {
            resource = String.valueOf(parts.get(0));
            attribute = String.valueOf(parts.get(1));
        } else if (resolved instanceof String text && text.contains(".")) {
            resource = text.substring(0, text.indexOf('.'));
            attribute = text.substring(text.indexOf('.') + 1);
        } else {
            throw new InvalidTemplateException(path, path + " is " + Expressions.show(expression) + ", which is not"
                    + " a GetAtt: write it as !GetAtt Resource.Attribute or {\"Fn::GetAtt\": [\"Resource\", \"Attribute\"]}.");
        }
        if (!stack.resources().containsKey(resource)) {
            throw new InvalidTemplateException(path, path + " is " + Expressions.show(expression) + ", but the template"
                    + " declares no resource " + resource + " (" + stack.describeIds() + "). Name one of those.");
        }
        return within(resource + "." + attribute, path,
                () -> stack.names().attribute(resource, attribute, this, path, Expressions.show(expression)));
    }

    private Object sub(Object argument, Object expression, String path) {
        String template;
        Map<String, Object> variables = new LinkedHashMap<>();
        if (argument instanceof List<?> parts && parts.size() == 2 && parts.get(1) instanceof Map<?, ?> map) {
            template = text(resolve(parts.get(0), path), path, "!Sub takes text");
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                variables.put(String.valueOf(entry.getKey()), resolve(entry.getValue(), path + "." + entry.getKey()));
            }
        } else if (argument instanceof String text) {
            template = text;
        } else {
            throw new InvalidTemplateException(path, path + " is " + Expressions.show(expression) + ", which is not a"
                    + " Sub: give it text, or a list of text and a mapping of variables.");
        }
        StringBuilder out = new StringBuilder();
        Matcher matcher = SUB_VARIABLE.matcher(template);
        int last = 0;
        while (matcher.find()) {
            out.append(template, last, matcher.start());
            last = matcher.end();
            String variable = matcher.group(1);
            if (variable.startsWith("!")) {
                out.append("${").append(variable.substring(1)).append('}'); // ${!Literal} is written as ${Literal}
                continue;
            }
            Object value = subVariable(variable.trim(), variables, expression, path);
            if (value instanceof UnresolvedValue unresolved) {
                return unresolved(unresolved, expression, path);
            }
            out.append(scalarText(value, path, "${" + variable + "} in " + Expressions.show(expression)));
        }
        out.append(template.substring(last));
        return out.toString();
    }

    private Object subVariable(String variable, Map<String, Object> variables, Object expression, String path) {
        if (variables.containsKey(variable)) {
            return variables.get(variable);
        }
        if (stack.pseudoParameter(variable) != null || stack.parameters().containsKey(variable)
                || stack.resources().containsKey(variable)) {
            return ref(variable, Map.of("Ref", variable), path);
        }
        int dot = variable.indexOf('.');
        if (dot > 0 && stack.resources().containsKey(variable.substring(0, dot))) {
            return getAtt(List.of(variable.substring(0, dot), variable.substring(dot + 1)),
                    Map.of("Fn::GetAtt", List.of(variable.substring(0, dot), variable.substring(dot + 1))), path);
        }
        throw new InvalidTemplateException(path, path + " is " + Expressions.show(expression) + ", whose variable ${"
                + variable + "} resolves to nothing: it is no variable of the Sub, no parameter, no pseudo parameter"
                + " and no resource (" + stack.describeIds() + "). Declare it, add it to the Sub's variables, or write"
                + " ${!" + variable + "} for the literal text.");
    }

    private Object join(Object argument, Object expression, String path) {
        List<?> parts = list(argument, 2, expression, path, "!Join [delimiter, [values]]");
        String delimiter = text(resolve(parts.get(0), path), path, "!Join's delimiter is text");
        Object values = resolve(parts.get(1), path);
        if (values instanceof UnresolvedValue unresolved) {
            return unresolved(unresolved, expression, path);
        }
        List<String> texts = new ArrayList<>();
        for (Object value : list(values, -1, expression, path, "!Join [delimiter, [values]]")) {
            if (value instanceof UnresolvedValue unresolved) {
                return unresolved(unresolved, expression, path);
            }
            texts.add(scalarText(value, path, Expressions.show(expression)));
        }
        return String.join(delimiter, texts);
    }

    private Object select(Object argument, Object expression, String path) {
        List<?> parts = list(argument, 2, expression, path, "!Select [index, [values]]");
        Object index = resolve(parts.get(0), path);
        Object values = resolve(parts.get(1), path);
        if (index instanceof UnresolvedValue unresolved) {
            return unresolved(unresolved, expression, path);
        }
        if (values instanceof UnresolvedValue unresolved) {
            return unresolved(unresolved, expression, path);
        }
        List<?> list = list(values, -1, expression, path, "!Select [index, [values]]");
        int i;
        try {
            i = Integer.parseInt(scalarText(index, path, Expressions.show(expression)).trim());
        } catch (NumberFormatException e) {
            throw new InvalidTemplateException(path, path + " is " + Expressions.show(expression) + ", whose index "
                    + index + " is not a whole number. Give an index from 0.");
        }
        if (i < 0 || i >= list.size()) {
            throw new InvalidTemplateException(path, path + " is " + Expressions.show(expression) + ", whose index " + i
                    + " is outside the list of " + list.size() + " values. Give an index from 0 to " + (list.size() - 1) + ".");
        }
        return list.get(i);
    }

    private Object split(Object argument, Object expression, String path) {
        List<?> parts = list(argument, 2, expression, path, "!Split [delimiter, text]");
        String delimiter = text(resolve(parts.get(0), path), path, "!Split's delimiter is text");
        Object source = resolve(parts.get(1), path);
        if (source instanceof UnresolvedValue unresolved) {
            return unresolved(unresolved, expression, path);
        }
        String text = text(source, path, "!Split splits text");
        List<Object> pieces = new ArrayList<>();
        int from = 0;
        for (int at = text.indexOf(delimiter); at >= 0 && !delimiter.isEmpty(); at = text.indexOf(delimiter, from)) {
            pieces.add(text.substring(from, at));
            from = at + delimiter.length();
        }
        pieces.add(text.substring(from));
        return pieces;
    }

    private Object fnIf(Object argument, Object expression, String path) {
        List<?> parts = list(argument, 3, expression, path, "!If [condition, value if true, value if false]");
        String condition = text(parts.get(0), path, "!If names a condition");
        Object chosen = condition(condition, path);
        if (chosen instanceof UnresolvedValue unresolved) {
            return unresolved(unresolved, expression, path);
        }
        return resolve(parts.get((Boolean) chosen ? 1 : 2), path);
    }

    private Object findInMap(Object argument, Object expression, String path) {
        List<?> parts = list(argument, -1, expression, path, "!FindInMap [map, top-level key, second-level key]");
        if (parts.size() < 3) {
            throw new InvalidTemplateException(path, path + " is " + Expressions.show(expression) + ", which needs"
                    + " three values. Write it as !FindInMap [map, top-level key, second-level key].");
        }
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Object key = resolve(parts.get(i), path);
            if (key instanceof UnresolvedValue unresolved) {
                return unresolved(unresolved, expression, path);
            }
            keys.add(scalarText(key, path, Expressions.show(expression)));
        }
        Object map = stack.mappings().get(keys.get(0));
        Object top = map instanceof Map<?, ?> m ? m.get(keys.get(1)) : null;
        Object value = top instanceof Map<?, ?> t ? t.get(keys.get(2)) : null;
        if (value == null) {
            throw new InvalidTemplateException(path, path + " is " + Expressions.show(expression) + ", but Mappings has"
                    + " no " + String.join(".", keys) + (map == null ? " (no mapping " + keys.get(0) + ": Mappings has "
                    + stack.mappings().keySet() + ")" : "") + ". Add it to Mappings, or name one that is there.");
        }
        return resolve(value, "Mappings." + String.join(".", keys));
    }

    /** A condition of the template's {@code Conditions}, evaluated once per resolver. */
    Object condition(String name, String path) {
        if (!stack.conditions().containsKey(name)) {
            throw new InvalidTemplateException(path, path + " names condition " + name + ", which Conditions does not"
                    + " declare (it declares " + stack.conditions().keySet() + "). Declare it, or name one of those.");
        }
        return within("condition " + name, path, () -> conditionValue(stack.conditions().get(name), "Conditions." + name));
    }

    private Object conditionValue(Object value, String path) {
        if (value instanceof Map<?, ?> map && map.size() == 1 && map.containsKey("Condition")) {
            return condition(text(map.get("Condition"), path, "Condition names a condition"), path);
        }
        Object resolved = resolve(value, path);
        if (resolved instanceof UnresolvedValue || resolved instanceof Boolean) {
            return resolved;
        }
        if (resolved instanceof String text && (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false"))) {
            return Boolean.parseBoolean(text);
        }
        throw new InvalidTemplateException(path, path + " is " + Expressions.show(value) + ", which is not a condition."
                + " Write it with !Equals, !And, !Or, !Not or !Condition.");
    }

    private Object conditionFunction(String name, Object argument, Object expression, String path) {
        if (name.equals("Fn::Equals")) {
            List<?> parts = list(argument, 2, expression, path, "!Equals [value, value]");
            Object left = resolve(parts.get(0), path);
            Object right = resolve(parts.get(1), path);
            if (left instanceof UnresolvedValue unresolved) {
                return unresolved(unresolved, expression, path);
            }
            if (right instanceof UnresolvedValue unresolved) {
                return unresolved(unresolved, expression, path);
            }
            // CloudFormation compares the values as text: 1 equals "1".
            return Objects.equals(comparable(left), comparable(right));
        }
        List<?> parts = list(argument, -1, expression, path, name.equals("Fn::Not") ? "!Not [condition]"
                : "!And/!Or [condition, condition, ...]");
        List<Boolean> values = new ArrayList<>();
        for (Object part : parts) {
            Object value = conditionValue(part, path);
            if (value instanceof UnresolvedValue unresolved) {
                return unresolved(unresolved, expression, path);
            }
            values.add((Boolean) value);
        }
        switch (name) {
            case "Fn::Not":
                if (values.size() != 1) {
                    throw new InvalidTemplateException(path, path + " is " + Expressions.show(expression)
                            + ", but !Not takes one condition. Write it as !Not [condition].");
                }
                return !values.get(0);
            case "Fn::And":
                return values.stream().allMatch(Boolean::booleanValue);
            default:
                return values.stream().anyMatch(Boolean::booleanValue);
        }
    }

    private static Object comparable(Object value) {
        return value instanceof List || value instanceof Map ? value : String.valueOf(value);
    }

    /** Runs a resolution that may lead back to itself, refusing the loop with the whole chain. */
    private <T> T within(String what, String path, java.util.function.Supplier<T> resolution) {
        if (resolving.contains(what)) {
            List<String> chain = new ArrayList<>(resolving);
            java.util.Collections.reverse(chain);
            chain = chain.subList(chain.indexOf(what), chain.size());
            throw new InvalidTemplateException(path, "Template " + stack.source() + " has a circular reference: "
                    + String.join(" → ", chain) + " → " + what + " (at " + path + "). CloudFormation refuses it too;"
                    + " break the loop, for example with a literal name.");
        }
        resolving.push(what);
        try {
            return resolution.get();
        } finally {
            resolving.pop();
        }
    }

    private static UnresolvedValue unresolved(UnresolvedValue inner, Object expression, String path) {
        return new UnresolvedValue(path, Expressions.show(expression), inner.expression() + " cannot be resolved here: "
                + inner.reason());
    }

    private static List<?> list(Object value, int size, Object expression, String path, String form) {
        if (!(value instanceof List<?> list) || (size >= 0 && list.size() != size)) {
            throw new InvalidTemplateException(path, path + " is " + Expressions.show(expression) + ", which is not"
                    + " written as CloudFormation reads it. Write it as " + form + ".");
        }
        return list;
    }

    private static String text(Object value, String path, String what) {
        if (value instanceof String text) {
            return text;
        }
        throw new InvalidTemplateException(path, path + " holds " + TemplateDocument.describe(value) + " where " + what
                + ". Give text there.");
    }

    /** A string, number or boolean as CloudFormation writes it into text. */
    static String scalarText(Object value, String path, String where) {
        if (value instanceof String || value instanceof Number || value instanceof Boolean) {
            return String.valueOf(value);
        }
        throw new InvalidTemplateException(path, path + ": " + where + " gives " + TemplateDocument.describe(value)
                + ", where text is needed. Give a single value there.");
    }
}
