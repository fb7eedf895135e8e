package dev.lambdaharness.junit.internal.assertj;

import dev.lambdaharness.core.LogEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * Log events as failure messages show them: each line indented by two spaces, a multi-line event
 * kept together, and at most the last {@value #MAX_EVENTS} events, since the end of an invocation
 * usually explains its failure.
 */
public final class LogLines {

    /** The most log events a message shows. */
    public static final int MAX_EVENTS = 50;

    private LogLines() {
    }

    /** The events, indented, or {@code "  (none)"}. */
    public static String of(List<LogEvent> events) {
        if (events.isEmpty()) {
            return "  (none)";
        }
        List<String> lines = new ArrayList<>();
        int omitted = Math.max(0, events.size() - MAX_EVENTS);
        if (omitted > 0) {
            lines.add("  … " + omitted + (omitted == 1 ? " earlier log event" : " earlier log events") + " not shown");
        }
        for (LogEvent event : events.subList(omitted, events.size())) {
            lines.add(indent(event.message()));
        }
        return String.join(System.lineSeparator(), lines);
    }

    /** One event's text, every line indented; line breaks it ends with are left out. */
    public static String indent(String message) {
        String text = message.replaceFirst("[\r\n]+$", "");
        return "  " + text.replace("\n", System.lineSeparator() + "  ");
    }
}
