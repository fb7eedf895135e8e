package dev.lambdaharness.core.internal.coldstart;

import java.util.OptionalInt;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * One measured cold start: a fresh forked environment's first invocation.
 *
 * <pre>{@code
 * ColdStartSample sample = new ColdStartSample(412.3, 301.2, 9.87, OptionalLong.of(1893), OptionalInt.of(71));
 * }</pre>
 *
 * @param totalMs the wall time from asking for the environment to its first response, as a caller waits for it
 * @param initDurationMs the REPORT's {@code Init Duration}
 * @param durationMs the REPORT's {@code Duration} of the first invocation
 * @param classesLoaded the classes the child JVM had loaded once it answered, where its performance data is readable
 * @param maxMemoryUsedMb the REPORT's {@code Max Memory Used}
 * @param vcpu the CPU the child got until it answered, in vCPUs: its CPU time over its wall time,
 *     where the platform reports it
 */
public record ColdStartSample(double totalMs, double initDurationMs, double durationMs, OptionalLong classesLoaded,
        OptionalInt maxMemoryUsedMb, OptionalDouble vcpu) {

    /** A sample without the CPU measured. */
    public ColdStartSample(double totalMs, double initDurationMs, double durationMs, OptionalLong classesLoaded,
            OptionalInt maxMemoryUsedMb) {
        this(totalMs, initDurationMs, durationMs, classesLoaded, maxMemoryUsedMb, OptionalDouble.empty());
    }
}
