package dev.lambdaharness.core.internal;

import dev.lambdaharness.core.LogEvent;
import java.util.List;

/**
 * Where an execution environment keeps the log events of the invocation an
 * {@link InvocationRecording} records: the platform's lines go in beside the function's output,
 * and come out with it, in the order written, once the invocation has ended.
 *
 * <pre>{@code
 * InvocationEvents events = new InvocationEvents() {
 *     private final List<LogEvent> all = new ArrayList<>();
 *     public void platform(List<String> lines) {
 *         Instant now = Instant.now();
 *         lines.forEach(line -> all.add(new LogEvent(now, LogEvent.Source.PLATFORM, line)));
 *     }
 *     public List<LogEvent> events() {
 *         return List.copyOf(all);
 *     }
 * };
 * }</pre>
 */
public interface InvocationEvents {

    /** Adds platform lines, stamped with the time they are added. */
    void platform(List<String> lines);

    /** The function's output of this invocation is over: a line it left open ends here, before {@code END}. */
    default void outputEnded() {
    }

    /** The invocation's events, {@code END} and {@code REPORT} included; asked once, when the invocation ends. */
    List<LogEvent> events();
}
