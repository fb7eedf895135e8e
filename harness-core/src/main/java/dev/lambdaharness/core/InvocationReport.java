package dev.lambdaharness.core;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * The figures of an invocation's {@code REPORT} line.
 *
 * <pre>{@code
 * InvocationReport report = result.report();
 * if (report.coldStart()) {
 *     System.out.println("init took " + report.initDurationMs().orElseThrow() + " ms");
 * }
 * if (report.status() == InvocationStatus.TIMEOUT) {
 *     System.out.println("timed out after " + report.durationMs() + " ms");
 * }
 * }</pre>
 *
 * @param requestId the invocation's request id
 * @param durationMs the invoke phase, in milliseconds with two decimals of precision
 * @param billedDurationMs what Lambda bills: the duration rounded up to the millisecond, plus the
 *     init duration rounded up on a cold start (INIT is billed since August 2025)
 * @param memorySizeMb the configured memory
 * @param maxMemoryUsedMb the environment's peak memory; absent where it cannot be measured
 *     (in-process isolation shares one JVM heap, see {@code docs/fidelity.md})
 * @param initDurationMs the init phase, on the first invocation of an environment only
 * @param coldStart whether this invocation started a new environment
 * @param status how the invocation ended: {@link InvocationStatus#SUCCESS} (also for a function
 *     error), {@link InvocationStatus#ERROR} (the runtime failed, for example exited) or
 *     {@link InvocationStatus#TIMEOUT}
 * @param errorType the platform error type shown with {@code Status: error}
 */
public record InvocationReport(String requestId, double durationMs, long billedDurationMs, int memorySizeMb,
        OptionalInt maxMemoryUsedMb, Optional<Double> initDurationMs, boolean coldStart, InvocationStatus status,
        Optional<String> errorType) {
}
