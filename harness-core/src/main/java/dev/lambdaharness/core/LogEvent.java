package dev.lambdaharness.core;

import java.time.Instant;

/**
 * One CloudWatch log event of an invocation: a platform line ({@code START}, {@code REPORT}, …),
 * a line the function printed, or one {@code LambdaLogger} record (which may span lines, as on
 * Lambda).
 *
 * <pre>{@code
 * result.logs().stream().filter(e -> e.source() == LogEvent.Source.FUNCTION).map(LogEvent::message).toList();
 * }</pre>
 *
 * @param timestamp when the event was written
 * @param source who wrote it
 * @param message the event's text: a printed line without its line break, or a {@code LambdaLogger}
 *     record as logged less one trailing line break (so a record that ended with two keeps one)
 */
public record LogEvent(Instant timestamp, Source source, String message) {

    /** Who wrote a log event. */
    public enum Source {
        /** The Lambda platform: INIT_START, START, END, REPORT and their JSON forms. */
        PLATFORM,
        /** The function: its standard output and error, and its LambdaLogger records. */
        FUNCTION
    }

    @Override
    public String toString() {
        return message;
    }
}
