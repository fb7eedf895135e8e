package dev.lambdaharness.maven.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The hand-off to Surefire and Failsafe through a project property ({@code argLine} unless told
 * otherwise), as JaCoCo's {@code prepare-agent} does it: our argument goes in front of what is
 * there, which is kept; an argument of ours from an earlier execution is replaced, not repeated;
 * when the goal is skipped the property is set to empty if absent, so that {@code @{argLine}} in a
 * plugin's configuration still resolves.
 */
public final class ArgLine {

    private ArgLine() {
    }

    /**
     * Prepends {@code -D<systemProperty>=<value>} to the property.
     *
     * <pre>{@code
     * ArgLine.prepend(project.getProperties(), "argLine", "lambdaharness.functionCode", "/work/orders/target/code.txt");
     * // argLine: -Dlambdaharness.functionCode=/work/orders/target/code.txt -javaagent:…/jacocoagent.jar=…
     * }</pre>
     *
     * @return the property's new value
     */
    public static String prepend(Properties properties, String property, String systemProperty, String value) {
        String ours = "-D" + systemProperty + "=";
        List<String> kept = new ArrayList<>();
        boolean replaced = false;
        String before = properties.getProperty(property, "");
        for (String token : tokens(before)) {
            if (unquoted(token).startsWith(ours)) {
                replaced = true;
            } else {
                kept.add(token);
            }
        }
        // Untouched unless an earlier argument of ours had to go, so the user's own quoting stays as written.
        String rest = replaced ? String.join(" ", kept) : before.strip();
        String argument = quoted(ours + value);
        String after = rest.isEmpty() ? argument : argument + " " + rest;
        properties.setProperty(property, after);
        return after;
    }

    /** What a skipped goal leaves: the property as it was, or empty when it was absent. */
    public static void whenSkipped(Properties properties, String property) {
        if (properties.getProperty(property) == null) {
            properties.setProperty(property, "");
        }
    }

    /** The arguments of a command line, split at whitespace outside double quotes, each as written. */
    static List<String> tokens(String line) {
        List<String> tokens = new ArrayList<>();
        StringBuilder token = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (Character.isWhitespace(c) && !quoted) {
                if (token.length() > 0) {
                    tokens.add(token.toString());
                    token.setLength(0);
                }
            } else {
                token.append(c);
            }
        }
        if (token.length() > 0) {
            tokens.add(token.toString());
        }
        return tokens;
    }

    /** Surefire splits the line at whitespace outside quotes, so an argument holding a space is quoted. */
    private static String quoted(String argument) {
        return argument.chars().anyMatch(Character::isWhitespace) ? '"' + argument + '"' : argument;
    }

    private static String unquoted(String token) {
        return token.startsWith("\"") ? token.substring(1) : token;
    }
}
