package dev.lambdaharness.core.internal.inprocess;

import dev.lambdaharness.core.LogEvent;
import dev.lambdaharness.core.RuntimeClock;
import dev.lambdaharness.core.internal.ApplicationLogFilter;
import dev.lambdaharness.core.internal.InvocationEvents;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The log events of one environment in the order they were written, split as Lambda splits them:
 * standard output and error per line, a LambdaLogger record as one event. Writers from several
 * threads are serialised here; partial lines wait for their line break until the invocation ends.
 * Standard output and error lines pass the platform's {@link ApplicationLogFilter} first.
 */
final class InvocationLog implements InvocationEvents {

    private final RuntimeClock clock;
    private final ApplicationLogFilter filter;
    private final List<LogEvent> events = new ArrayList<>();
    private final ByteArrayOutputStream pendingOut = new ByteArrayOutputStream();
    private final ByteArrayOutputStream pendingErr = new ByteArrayOutputStream();

    InvocationLog(RuntimeClock clock, ApplicationLogFilter filter) {
        this.clock = clock;
        this.filter = filter;
    }

    synchronized void platform(String line) {
        events.add(new LogEvent(now(), LogEvent.Source.PLATFORM, line));
    }

    @Override
    public synchronized void platform(List<String> lines) {
        lines.forEach(this::platform);
    }

    synchronized void record(byte[] message) {
        String text = new String(message, StandardCharsets.UTF_8);
        // One record is one event; the trailing line break of a JSON record is framing, not content.
        events.add(new LogEvent(now(), LogEvent.Source.FUNCTION, stripOneNewline(text)));
    }

    synchronized void write(boolean stderr, byte[] bytes, int offset, int length) {
        ByteArrayOutputStream pending = stderr ? pendingErr : pendingOut;
        for (int i = offset; i < offset + length; i++) {
            byte b = bytes[i];
            if (b == '\n') {
                flushLine(pending);
            } else {
                pending.write(b);
            }
        }
    }

    /** Ends the open lines of standard output and error, as the end of an invocation does. */
    synchronized void flushPartialLines() {
        if (pendingOut.size() > 0) {
            flushLine(pendingOut);
        }
        if (pendingErr.size() > 0) {
            flushLine(pendingErr);
        }
    }

    @Override
    public void outputEnded() {
        flushPartialLines();
    }

    /** The events written since the last drain, and forgets them. */
    @Override
    public synchronized List<LogEvent> events() {
        List<LogEvent> drained = List.copyOf(events);
        events.clear();
        return drained;
    }

    private void flushLine(ByteArrayOutputStream pending) {
        // Lines end at \n only; a \r before it stays in the event, as in the RIC oracle's stdout lines.
        String line = pending.toString(StandardCharsets.UTF_8);
        if (filter.keeps(line)) {
            events.add(new LogEvent(now(), LogEvent.Source.FUNCTION, line));
        }
        pending.reset();
    }

    private Instant now() {
        return Instant.ofEpochMilli(clock.currentTimeMillis());
    }

    private static String stripOneNewline(String text) {
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }
}
