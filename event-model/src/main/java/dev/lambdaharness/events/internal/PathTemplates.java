package dev.lambdaharness.events.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Matches a request path against an API Gateway resource or route template
 * ({@code /orders/{id}}, {@code /files/{proxy+}}) to find the path parameters the gateway would
 * pass.
 */
public final class PathTemplates {

    private PathTemplates() {
    }

    /**
     * @return the parameters by name, empty for a template without any
     * @throws IllegalArgumentException naming both when {@code path} does not match {@code template}
     */
    public static Map<String, String> match(String template, String path) {
        String[] patterns = segments(template);
        String[] parts = segments(path);
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < patterns.length; i++) {
            String pattern = patterns[i];
            if (pattern.startsWith("{") && pattern.endsWith("+}") && i == patterns.length - 1) {
                if (parts.length <= i) {
                    throw mismatch(template, path);
                }
                parameters.put(pattern.substring(1, pattern.length() - 2), String.join("/", Arrays.copyOfRange(parts, i, parts.length)));
                return parameters;
            }
            if (i >= parts.length) {
                throw mismatch(template, path);
            }
            if (pattern.startsWith("{") && pattern.endsWith("}")) {
                parameters.put(pattern.substring(1, pattern.length() - 1), parts[i]);
            } else if (!pattern.equals(parts[i])) {
                throw mismatch(template, path);
            }
        }
        if (parts.length != patterns.length) {
            throw mismatch(template, path);
        }
        return parameters;
    }

    private static String[] segments(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        return trimmed.isEmpty() ? new String[0] : trimmed.split("/", -1);
    }

    private static IllegalArgumentException mismatch(String template, String path) {
        return new IllegalArgumentException("path \"" + path + "\" does not match \"" + template
                + "\". Give a path the template matches, or change the template.");
    }
}
