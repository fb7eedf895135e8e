package dev.lambdaharness.core.internal.child;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * How one invocation through a child JVM's runtime client (the RIC or the harness's) ended, and what
 * the child logged meanwhile.
 *
 * <pre>{@code
 * ChildInvocation result = child.invoke(request, Duration.ofSeconds(30));
 * if (result.outcome() == ChildInvocation.Outcome.RESPONSE) { String payload = result.bodyText(); }
 * }</pre>
 *
 * <p>Logs belong to an invocation from the {@code next} call that handed it out up to the runtime's
 * following {@code next} call, or its exit (the RIC logs a handler error only after its error post
 * returns, so the post alone does not end the invocation's logs). INIT's logs are in
 * {@link ChildJvm#initLogs()}, except when INIT fails: then they are this result's.
 *
 * @param outcome           how it ended
 * @param body              the response payload or error body exactly as posted; for an INIT error the
 *                          init error body; for a response above the limit, the error RAPID gives the
 *                          caller ({@code Function.ResponseSizeTooLarge}); otherwise empty
 * @param functionErrorType the post's {@code Lambda-Runtime-Function-Error-Type} header, or
 *                          {@code Function.ResponseSizeTooLarge}, or {@code null}
 * @param exitCode          the child's exit code when it exited before the invocation's logs closed, else {@code null}
 * @param records           decoded telemetry frames, in order
 * @param stdoutLines       stdout lines, in order
 * @param stderrLines       stderr lines, in order
 * @param requestHeaders    the headers of the runtime's post, looked up without regard to case; empty without a post
 */
public record ChildInvocation(Outcome outcome, byte[] body, String functionErrorType, Integer exitCode,
                               List<TelemetryRecord> records, List<String> stdoutLines, List<String> stderrLines,
                               Map<String, String> requestHeaders) {

    /** How an invocation ended. */
    public enum Outcome {
        /** The runtime posted a response. */
        RESPONSE,
        /** The runtime posted an error, or a response RAPID refused as too large. */
        ERROR,
        /** INIT failed: the runtime posted {@code /runtime/init/error} (and exits). */
        INIT_ERROR,
        /** The child exited without posting anything for this invocation. */
        EXITED,
        /** Nothing came within the wait; the child was killed. */
        TIMED_OUT
    }

    /** Copies the lists so a result never changes after it is handed out. */
    public ChildInvocation {
        records = List.copyOf(records);
        stdoutLines = List.copyOf(stdoutLines);
        stderrLines = List.copyOf(stderrLines);
    }

    /** The body as UTF-8 text. */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The telemetry messages as UTF-8 text, in order. */
    public List<String> recordTexts() {
        return records.stream().map(TelemetryRecord::messageText).toList();
    }

    @Override
    public String toString() {
        return "ChildInvocation[" + outcome + ", body=" + bodyText() + ", functionErrorType=" + functionErrorType
                + ", exitCode=" + exitCode + ", records=" + records + ", stdout=" + stdoutLines + ", stderr=" + stderrLines
                + ", requestHeaders=" + requestHeaders + "]";
    }
}
