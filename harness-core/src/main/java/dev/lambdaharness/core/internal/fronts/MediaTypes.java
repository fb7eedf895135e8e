package dev.lambdaharness.core.internal.fronts;

import java.util.List;
import java.util.Locale;

/**
 * A REST API's binary media types ({@code image/png}, {@code image/*}, {@code *}{@code /*}): a
 * request body of one goes base64, and a response body the function base64-encoded is decoded
 * when its content type is one.
 *
 * <pre>{@code
 * new MediaTypes(List.of("image/*")).matches("image/png");   // true
 * }</pre>
 */
record MediaTypes(List<String> types) {

    /** Whether a content type (parameters ignored) is one of these; {@code null} is none. */
    boolean matches(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        for (String binary : types) {
            String pattern = binary.toLowerCase(Locale.ROOT);
            if (pattern.equals("*/*") || pattern.equals(type)
                    || pattern.endsWith("/*") && type.startsWith(pattern.substring(0, pattern.length() - 1))) {
                return true;
            }
        }
        return false;
    }
}
