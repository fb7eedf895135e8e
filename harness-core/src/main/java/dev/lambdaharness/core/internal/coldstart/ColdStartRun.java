package dev.lambdaharness.core.internal.coldstart;

import dev.lambdaharness.core.internal.child.CpuShare;
import java.util.Locale;

/**
 * What a cold-start run is of: the project, the harness version, when, and how many
 * cold starts per function.
 *
 * <pre>{@code
 * ColdStartRun run = new ColdStartRun("com.example:orders", "0.1.0", Instant.now().toString(), 10);
 * }</pre>
 *
 * @param project the project's {@code groupId:artifactId}, which a baseline must match
 * @param harnessVersion the harness's version, which a baseline must match
 * @param recorded when the run started, ISO-8601
 * @param runs cold starts per function
 * @param cpuShare whether each child (the RIC's own start too) was held to the share of a CPU its
 *     memory size gets on Lambda ({@code CpuShare}), instead of running on this machine's CPUs
 */
public record ColdStartRun(String project, String harnessVersion, String recorded, int runs, boolean cpuShare) {

    /** A run on this machine's CPUs. */
    public ColdStartRun(String project, String harnessVersion, String recorded, int runs) {
        this(project, harnessVersion, recorded, runs, false);
    }

    /** How the report says what CPU the children had. */
    public String cpuMode() {
        return cpuShare ? String.format(Locale.ROOT, "Lambda's share: each child duty-cycled with SIGSTOP and SIGCONT every"
                + " %d ms to its memory size's share of one vCPU (%,d MB per vCPU)", CpuShare.PERIOD_MILLIS,
                CpuShare.MEGABYTES_PER_VCPU) : "this machine's: the children were not held to Lambda's share of a CPU";
    }
}
