package dev.lambdaharness.core.internal;

import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.RuntimeClock;
import java.time.Instant;
import java.util.OptionalInt;
import java.util.function.Supplier;

/**
 * The platform's account of the invocations of one execution environment, whatever its isolation:
 * an environment runs the function its own way and tells an {@link InvocationRecording} what
 * happened; the recording writes the platform lines in Lambda's order and builds the report and
 * the result. So every way of invoking writes the same lines and reports the same figures.
 *
 * <pre>{@code
 * InvocationRecorder recorder = new InvocationRecorder(config, new PlatformLog(config), clock, OptionalInt::empty);
 * InvocationRecording recording = recorder.begin(requestId, events);
 * recording.start();
 * return recording.succeeded(response, durationMs);
 * }</pre>
 */
public final class InvocationRecorder {

    final FunctionConfig config;
    final PlatformLog platformLog;
    private final RuntimeClock clock;
    private final Supplier<OptionalInt> maxMemoryUsedMb;

    /**
     * A recorder for one environment's invocations.
     *
     * @param maxMemoryUsedMb the environment's peak memory when an invocation ends; empty where it
     *     cannot be measured
     */
    public InvocationRecorder(FunctionConfig config, PlatformLog platformLog, RuntimeClock clock,
            Supplier<OptionalInt> maxMemoryUsedMb) {
        this.config = config;
        this.platformLog = platformLog;
        this.clock = clock;
        this.maxMemoryUsedMb = maxMemoryUsedMb;
    }

    /** Starts recording one invocation, its log events kept in {@code events}. */
    public InvocationRecording begin(String requestId, InvocationEvents events) {
        return new InvocationRecording(this, requestId, events);
    }

    Instant now() {
        return Instant.ofEpochMilli(clock.currentTimeMillis());
    }

    OptionalInt maxMemoryUsedMb() {
        return maxMemoryUsedMb.get();
    }
}
