package dev.lambdaharness.core.internal.child;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The share of a CPU a function gets on Lambda, given to a child process without privileges: Lambda
 * gives a function CPU in proportion to its memory, one vCPU at 1,769 MB, so a 128 MB function
 * runs its cold start on about 7% of a core. A small {@code sh} loop duty-cycles the child with
 * {@code SIGSTOP} and {@code SIGCONT} in periods of {@link #PERIOD_MILLIS}: running for the share of
 * each period, stopped for the rest. What the child really got is its CPU time over its wall time,
 * which {@link #measured} reads from the process, so a report can say both.
 *
 * <pre>{@code
 * try (CpuShare share = CpuShare.limit(child.toHandle(), CpuShare.forMemory(128)).orElseThrow()) {
 *     ... // the child runs 7.2 ms of every 100 ms
 * }
 * }</pre>
 */
public final class CpuShare implements AutoCloseable {

    /** The memory size that Lambda gives one full vCPU. */
    public static final int MEGABYTES_PER_VCPU = 1769;

    /** The duty cycle's period; Linux's CFS bandwidth control uses the same 100 ms by default. */
    public static final long PERIOD_MILLIS = 100;

    /**
     * Runs for {@code $2} seconds, stops the process for {@code $3}, and again, until the process is
     * gone; on TERM it lets the process run on and ends, so that closing never leaves it stopped.
     */
    private static final String LOOP = "p=$1; trap 'kill -CONT \"$p\" 2>/dev/null; exit 0' TERM;"
            + " while :; do sleep \"$2\"; kill -STOP \"$p\" 2>/dev/null || exit 0;"
            + " sleep \"$3\"; kill -CONT \"$p\" 2>/dev/null || exit 0; done";

    private final Process loop;
    private final double share;

    private CpuShare(Process loop, double share) {
        this.loop = loop;
        this.share = share;
    }

    /** The share of one vCPU a function of this memory size gets on Lambda: at most 1. */
    public static double forMemory(int memoryMb) {
        return Math.min(1.0, memoryMb / (double) MEGABYTES_PER_VCPU);
    }

    /**
     * Starts duty-cycling a process to a share of one CPU.
     *
     * @return empty when the share is a whole CPU or more: there is nothing to hold back
     */
    public static Optional<CpuShare> limit(ProcessHandle process, double share) {
        if (share >= 1.0) {
            return Optional.empty();
        }
        long runMillis = Math.max(1, Math.round(PERIOD_MILLIS * share));
        ProcessBuilder builder = new ProcessBuilder("/bin/sh", "-c", LOOP, "sh", Long.toString(process.pid()),
                seconds(runMillis), seconds(PERIOD_MILLIS - runMillis))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        try {
            return Optional.of(new CpuShare(builder.start(), share));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the loop that gives a child its CPU share: " + e.getMessage(), e);
        }
    }

    /** The share it holds the process to. */
    public double share() {
        return share;
    }

    /**
     * What a process really got: its CPU time (all threads) over the wall time given, in vCPUs.
     *
     * @return empty when the platform does not report the process's CPU time
     */
    public static Optional<Double> measured(ProcessHandle process, Duration wall) {
        if (wall.isZero() || wall.isNegative()) {
            return Optional.empty();
        }
        return process.info().totalCpuDuration().map(cpu -> cpu.toNanos() / (double) wall.toNanos());
    }

    /** How a report names a share: {@code 0.072 vCPU (128 MB of 1,769 MB per vCPU)}. */
    public static String describe(double share, int memoryMb) {
        return String.format(Locale.ROOT, "%.3f vCPU (%d MB of %,d MB per vCPU)", share, memoryMb, MEGABYTES_PER_VCPU);
    }

    /** Stops the loop; the process runs on, never left stopped. */
    @Override
    public void close() {
        loop.destroy();
        try {
            if (!loop.waitFor(2, TimeUnit.SECONDS)) {
                loop.destroyForcibly();
            }
        } catch (InterruptedException e) {
            loop.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
    }
}
