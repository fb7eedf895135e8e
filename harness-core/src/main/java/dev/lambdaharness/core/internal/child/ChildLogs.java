package dev.lambdaharness.core.internal.child;

import java.util.List;

/**
 * What the child wrote during one stretch of its life (INIT, or one invocation): telemetry frames
 * and stdout/stderr lines, each in the order written.
 *
 * <pre>{@code
 * child.initLogs().ifPresent(logs -> logs.stdoutLines().forEach(System.out::println));
 * }</pre>
 *
 * @param records     decoded frames of the telemetry log fd
 * @param stdoutLines stdout split at {@code \n} (the {@code \n} removed, a trailing {@code \r} kept)
 * @param stderrLines stderr, split the same way
 */
public record ChildLogs(List<TelemetryRecord> records, List<String> stdoutLines, List<String> stderrLines) {

    /** Nothing written. */
    public static final ChildLogs EMPTY = new ChildLogs(List.of(), List.of(), List.of());

    /** Copies the lists so a result never changes after it is handed out. */
    public ChildLogs {
        records = List.copyOf(records);
        stdoutLines = List.copyOf(stdoutLines);
        stderrLines = List.copyOf(stderrLines);
    }
}
