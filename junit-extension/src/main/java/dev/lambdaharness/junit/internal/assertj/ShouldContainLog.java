package dev.lambdaharness.junit.internal.assertj;

import dev.lambdaharness.core.LogEvent;
import java.util.List;
import java.util.Map;
import org.assertj.core.error.ErrorMessageFactory;

/** Invocation logs lack something they should contain, or hold something they should not. */
public final class ShouldContainLog extends InvocationMessage {

    private ShouldContainLog(Parts parts) {
        super(parts);
    }

    /** {@code Expecting invocation logs to contain: "…" but no log event does. Logs: …} */
    public static ErrorMessageFactory shouldContain(List<LogEvent> actual, String text) {
        return new ShouldContainLog(message("%nExpecting invocation logs to contain:%n  %s%nbut no log event does."
                + "%nLogs:%n", text).thenText(LogLines.of(actual)));
    }

    /** {@code Expecting invocation logs to contain the line: "…" but no log line is exactly that. Logs: …} */
    public static ErrorMessageFactory shouldContainLine(List<LogEvent> actual, String line) {
        return new ShouldContainLog(message("%nExpecting invocation logs to contain the line:%n  %s%nbut no log line"
                + " is exactly that.%nLogs:%n", line).thenText(LogLines.of(actual)));
    }

    /**
     * {@code Expecting invocation logs to contain, in this order: […] but no log event after the one
     * containing "a" contains "b". Logs: …}
     *
     * @param previous the text found last, or {@code null} when the first was not found
     * @param missing the text not found after it
     */
    public static ErrorMessageFactory shouldContainInOrder(List<LogEvent> actual, List<String> texts, String previous,
            String missing) {
        Parts parts = message("%nExpecting invocation logs to contain, in this order:%n  %s%nbut no log event ", texts);
        if (previous != null) {
            parts.then("after the one containing %s ", previous);
        }
        return new ShouldContainLog(parts.then("contains %s.%nLogs:%n", missing).thenText(LogLines.of(actual)));
    }

    /** {@code Expecting invocation logs not to contain: "…" but this log event does: …} */
    public static ErrorMessageFactory shouldNotContain(LogEvent event, String text) {
        return new ShouldContainLog(message("%nExpecting invocation logs not to contain:%n  %s%nbut this log event"
                + " does:%n", text).thenText(LogLines.indent(event.message())));
    }

    /**
     * {@code Expecting invocation logs to contain a JSON record with: {level="WARN"} but none has them
     * all. JSON records: …}, or {@code … but they hold no JSON record. Logs: …}
     */
    public static ErrorMessageFactory shouldContainJsonRecord(List<LogEvent> actual, Map<String, ?> fields,
            List<String> records) {
        Parts parts = message("%nExpecting invocation logs to contain a JSON record with:%n  %s%n", fields);
        if (records.isEmpty()) {
            return new ShouldContainLog(parts.then("but they hold no JSON record.%nLogs:%n").thenText(LogLines.of(actual)));
        }
        return new ShouldContainLog(parts.then("but none has them all.%nJSON records:%n")
                .thenText(String.join(System.lineSeparator(), records.stream().map(LogLines::indent).toList())));
    }

    /** {@code Expecting invocation logs to have size: 2 but it was: 5 Logs: …} */
    public static ErrorMessageFactory shouldHaveSize(List<LogEvent> actual, int expected) {
        return new ShouldContainLog(message("%nExpecting invocation logs to have size:%n  %s%nbut it was:%n  %s"
                + "%nLogs:%n", expected, actual.size()).thenText(LogLines.of(actual)));
    }
}
