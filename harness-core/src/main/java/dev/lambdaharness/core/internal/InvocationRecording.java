package dev.lambdaharness.core.internal;

import dev.lambdaharness.core.FunctionError;
import dev.lambdaharness.core.InvocationReport;
import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.core.InvocationStatus;
import java.util.List;
import java.util.Optional;

/**
 * One invocation as the platform records it, from {@code INIT_START} (on a cold start) to
 * {@code REPORT}. The environment says what happened, in order; each outcome method ends the
 * recording with {@code END} and {@code REPORT} and returns the invocation's result.
 *
 * <pre>{@code
 * InvocationRecording recording = recorder.begin(requestId, events);
 * recording.initStarted();
 * ... INIT runs ...
 * recording.initEnded(initMs);
 * recording.start();
 * ... the handler runs ...
 * return timedOut ? recording.timedOut(elapsedMs, timeoutMs) : recording.succeeded(response, elapsedMs);
 * }</pre>
 */
public final class InvocationRecording {

    private final InvocationRecorder recorder;
    private final String requestId;
    private final InvocationEvents events;
    private boolean coldStart;
    private Double initDurationMs;

    InvocationRecording(InvocationRecorder recorder, String requestId, InvocationEvents events) {
        this.recorder = recorder;
        this.requestId = requestId;
        this.events = events;
    }

    /** The invocation's request id. */
    public String requestId() {
        return requestId;
    }

    /** A cold start: writes {@code INIT_START}. */
    public void initStarted() {
        coldStart = true;
        events.platform(recorder.platformLog.initStart(recorder.now()));
    }

    /** INIT outlived its own limit and goes on inside the invocation: {@code INIT_REPORT}, status timeout. */
    public void initTimedOut() {
        events.platform(recorder.platformLog.initReport(recorder.now(), TimeLimits.INIT_LIMIT_MS, InitPhase.INIT,
                InvocationStatus.TIMEOUT, null));
    }

    /** INIT has ended, well or not, after {@code durationMs}: the report's {@code Init Duration}. */
    public void initEnded(double durationMs) {
        initDurationMs = durationMs;
    }

    /**
     * INIT failed with the platform error type: {@code INIT_REPORT}, status error, with the duration
     * {@link #initEnded} gave, then the invocation's {@code START}.
     */
    public void initFailed(String errorType) {
        events.platform(recorder.platformLog.initReport(recorder.now(), initDurationMs, InitPhase.INIT,
                InvocationStatus.ERROR, errorType));
        start();
    }

    /** {@code START}: the invoke phase begins. */
    public void start() {
        events.platform(recorder.platformLog.start(recorder.now(), requestId));
    }

    /** The runtime posted a response. */
    public InvocationResult succeeded(byte[] response, double durationMs) {
        return finish(response, null, durationMs, InvocationStatus.SUCCESS, null);
    }

    /** The runtime posted a function error (or RAPID refused its response): the platform's part went well. */
    public InvocationResult functionFailed(FunctionError error, double durationMs) {
        return finish(error.body(), error, durationMs, InvocationStatus.SUCCESS, null);
    }

    /** The runtime failed (crashed, or its INIT failed): status error with the error's platform error type. */
    public InvocationResult runtimeFailed(FunctionError error, double durationMs) {
        return finish(error.body(), error, durationMs, InvocationStatus.ERROR, error.runtimeErrorType());
    }

    /** The runtime exited: the platform's account of the exit (its message and type), then as {@link #runtimeFailed}. */
    public InvocationResult exited(FunctionError error, double durationMs) {
        events.outputEnded();
        events.platform(List.of(error.errorMessage(), error.runtimeErrorType()));
        return runtimeFailed(error, durationMs);
    }

    /**
     * The invocation outlived its timeout. Lambda reports the configured timeout as the duration of a
     * timed-out invocation: the time measured, at least the limit enforced, at most the configured timeout.
     *
     * @param measuredMs how long the invocation ran before it was stopped
     * @param timeoutMs the limit it was held to (the configured timeout, scaled and less INIT's overrun)
     */
    public InvocationResult timedOut(double measuredMs, long timeoutMs) {
        FunctionError error = PlatformErrors.timedOut(requestId, recorder.config.timeout());
        double durationMs = Math.min(Math.max(measuredMs, timeoutMs), recorder.config.timeout().toMillis());
        return finish(error.body(), error, durationMs, InvocationStatus.TIMEOUT, null);
    }

    private InvocationResult finish(byte[] body, FunctionError error, double durationMs, InvocationStatus status,
            String platformErrorType) {
        events.outputEnded();
        InvocationReport report = new InvocationReport(requestId, durationMs,
                PlatformLog.billedDurationMs(durationMs, initDurationMs), recorder.config.memorySize(),
                recorder.maxMemoryUsedMb(), Optional.ofNullable(initDurationMs), coldStart, status,
                Optional.ofNullable(platformErrorType));
        events.platform(recorder.platformLog.end(recorder.now(), report));
        events.platform(recorder.platformLog.report(recorder.now(), report));
        return new InvocationResult(requestId, body, error, events.events(), report);
    }
}
