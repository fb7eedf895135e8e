package dev.lambdaharness.core.internal;

import dev.lambdaharness.core.FunctionError;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The error documents the Lambda platform itself returns, as opposed to those the runtime posts.
 * The platform writes {@code errorType} before {@code errorMessage}.
 */
public final class PlatformErrors {

    /**
     * The error type of a runtime killed for exceeding the function's memory size. UNCONFIRMED
     * (runtime-facts §5.4: seen in third-party records of the service, not in AWS's documents); older
     * records show {@code Runtime.ExitError} with the same message.
     */
    public static final String OUT_OF_MEMORY = "Runtime.OutOfMemory";

    private PlatformErrors() {
    }

    /** {@code Sandbox.Timedout}: "RequestId: … Error: Task timed out after 3.00 seconds". */
    public static FunctionError timedOut(String requestId, Duration timeout) {
        String seconds = String.format(Locale.ROOT, "%.2f", timeout.toMillis() / 1000.0);
        return platform("Sandbox.Timedout", "RequestId: " + requestId + " Error: Task timed out after " + seconds
                + " seconds");
    }

    /** {@code Runtime.ExitError}: the runtime process ended during the invocation. */
    public static FunctionError exited(String requestId, int status) {
        String reason = status == 0 ? "Runtime exited without providing a reason"
                : "Runtime exited with error: exit status " + status;
        return platform("Runtime.ExitError", "RequestId: " + requestId + " Error: " + reason);
    }

    /**
     * {@code Runtime.ExitError} for a runtime process a signal ended, worded as RAPID words it
     * (Go's signal names: "signal: killed", "signal: aborted", "signal: segmentation fault").
     */
    public static FunctionError killedBySignal(String requestId, int signal) {
        String name = switch (signal) {
            case 6 -> "aborted";
            case 9 -> "killed";
            case 11 -> "segmentation fault";
            case 15 -> "terminated";
            case 7 -> "bus error";
            default -> "signal " + signal;
        };
        return platform("Runtime.ExitError", "RequestId: " + requestId + " Error: Runtime exited with error: signal: " + name);
    }

    /**
     * {@value #OUT_OF_MEMORY}: the sandbox went above the function's memory size and was killed,
     * worded as a runtime a signal killed.
     */
    public static FunctionError outOfMemory(String requestId) {
        return platform(OUT_OF_MEMORY, "RequestId: " + requestId + " Error: Runtime exited with error: signal: killed");
    }

    /** {@code Function.ResponseSizeTooLarge}: the response exceeded RAPID's 6 MiB + 100 bytes. */
    public static FunctionError responseTooLarge(int size) {
        return platform("Function.ResponseSizeTooLarge", "Response payload size (" + size
                + " bytes) exceeded maximum allowed payload size (6291556 bytes).");
    }

    /**
     * The runtime itself failed (a fault of the harness or of the JVM, not of the function): reported
     * as Lambda reports a runtime that died, with the cause in the message so nothing is hidden.
     */
    public static FunctionError runtimeCrashed(String requestId, Throwable cause) {
        return platform("Runtime.ExitError", "RequestId: " + requestId + " Error: Runtime exited with error: "
                + cause);
    }

    private static FunctionError platform(String type, String message) {
        String body = "{\"errorType\":" + PlatformLog.quote(type) + ",\"errorMessage\":" + PlatformLog.quote(message)
                + "}";
        return new FunctionError(Optional.of(type), message, List.of(), type, body.getBytes(StandardCharsets.UTF_8));
    }
}
