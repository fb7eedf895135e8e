package dev.lambdaharness.core.differential;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Stack traces the same up to reflection accessors: {@code Method.invoke} reaches the method
 * through {@code NativeMethodAccessorImpl} + {@code DelegatingMethodAccessorImpl} (JDK 17, first
 * calls), a {@code GeneratedMethodAccessorN} (JDK 17, after inflation) or a
 * {@code DirectMethodHandleAccessor} (JDK 18+). Each run of such frames becomes one marker.
 */
final class ReflectionFrames {

    static final String MARKER = "<reflection accessor>";

    private static final Pattern ACCESSOR = Pattern.compile("(?:java\\.base/)?jdk\\.internal\\.reflect\\."
            + "(?:NativeMethodAccessorImpl|DelegatingMethodAccessorImpl|GeneratedMethodAccessor\\d+|DirectMethodHandleAccessor"
            + "|NativeConstructorAccessorImpl|DelegatingConstructorAccessorImpl|GeneratedConstructorAccessor\\d+"
            + "|DirectConstructorHandleAccessor)\\..*");
    private static final Pattern PRINTED_ACCESSOR = Pattern.compile("\tat " + ACCESSOR.pattern());

    private ReflectionFrames() {
    }

    /** The frames of an error body's {@code stackTrace}, accessor runs collapsed. */
    static List<String> normaliseFrames(List<String> frames) {
        List<String> out = new ArrayList<>();
        for (String frame : frames) {
            String normal = ACCESSOR.matcher(frame).matches() ? MARKER : frame;
            if (!(normal.equals(MARKER) && !out.isEmpty() && out.get(out.size() - 1).equals(MARKER))) {
                out.add(normal);
            }
        }
        return out;
    }

    /** A printed stack trace ({@code \tat ...} lines), accessor runs collapsed. */
    static String normalisePrinted(String text) {
        if (!text.contains("jdk.internal.reflect.")) {
            return text;
        }
        String[] lines = text.split("\n", -1);
        StringBuilder out = new StringBuilder(text.length());
        boolean previousWasAccessor = false;
        for (int i = 0; i < lines.length; i++) {
            boolean accessor = PRINTED_ACCESSOR.matcher(lines[i]).matches();
            if (accessor && previousWasAccessor) {
                continue;
            }
            if (i > 0) {
                out.append('\n');
            }
            out.append(accessor ? "\tat " + MARKER : lines[i]);
            previousWasAccessor = accessor;
        }
        return out.toString();
    }
}
