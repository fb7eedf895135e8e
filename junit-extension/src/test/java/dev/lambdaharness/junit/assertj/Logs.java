package dev.lambdaharness.junit.assertj;

import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.core.LogEvent;
import java.util.stream.Collectors;

/** The parts of real log output a test cannot spell out, because they hold durations or the JDK's version. */
final class Logs {

    private Logs() {
    }

    /** The one log event that starts with this prefix, such as {@code INIT_START} or {@code REPORT}. */
    static String line(InvocationResult result, String prefix) {
        return result.logs().stream().map(LogEvent::message).filter(m -> m.startsWith(prefix))
                .reduce((a, b) -> {
                    throw new IllegalStateException("More than one log event starts with " + prefix);
                })
                .orElseThrow(() -> new IllegalStateException("No log event starts with " + prefix));
    }

    /** Every log event, each line indented by two spaces, as a failure message lists them. */
    static String indented(InvocationResult result) {
        return result.logs().stream().map(e -> "  " + e.message().replaceFirst("\n+$", "")
                .replace("\n", System.lineSeparator() + "  ")).collect(Collectors.joining(System.lineSeparator()));
    }
}
