package dev.lambdaharness.events.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A binding's value template: a parameter name in braces stands for the parameter's value, a
 * doubled brace for a literal one, everything else for itself ({@code arn:{partition}:sqs:...}).
 */
final class BindingTemplate {

    private final String source;
    private final List<String> literals;
    private final List<String> names;

    private BindingTemplate(String source, List<String> literals, List<String> names) {
        this.source = source;
        this.literals = literals;
        this.names = names;
    }

    /**
     * @throws IllegalArgumentException saying what is wrong with the template and how to write it
     */
    static BindingTemplate parse(String source) {
        List<String> literals = new ArrayList<>();
        List<String> names = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '{' && source.startsWith("{{", i)) {
                literal.append('{');
                i += 2;
            } else if (c == '}' && source.startsWith("}}", i)) {
                literal.append('}');
                i += 2;
            } else if (c == '{') {
                int end = source.indexOf('}', i);
                String name = end < 0 ? "" : source.substring(i + 1, end);
                if (end < 0 || name.isEmpty() || name.contains("{")) {
                    throw new IllegalArgumentException("the template \"" + source + "\" has a '{' at " + i
                            + " that does not start a {parameter}; write {{ for a literal brace");
                }
                literals.add(literal.toString());
                literal.setLength(0);
                names.add(name);
                i = end + 1;
            } else if (c == '}') {
                throw new IllegalArgumentException("the template \"" + source + "\" has a lone '}' at " + i + "; write }} for a literal brace");
            } else {
                literal.append(c);
                i++;
            }
        }
        literals.add(literal.toString());
        return new BindingTemplate(source, List.copyOf(literals), List.copyOf(names));
    }

    /** @return the parameter names the template uses, in order of first use */
    Set<String> parameterNames() {
        return new LinkedHashSet<>(names);
    }

    /** @return the template with every parameter replaced by its value */
    String render(Map<String, String> values) {
        StringBuilder text = new StringBuilder(literals.get(0));
        for (int i = 0; i < names.size(); i++) {
            text.append(values.get(names.get(i))).append(literals.get(i + 1));
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return source;
    }
}
