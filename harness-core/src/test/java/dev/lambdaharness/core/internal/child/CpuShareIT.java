package dev.lambdaharness.core.internal.child;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Duty-cycling a busy process to a share of a CPU, and leaving it running when done. */
class CpuShareIT {

    private static final Duration SPELL = Duration.ofMillis(1500);

    @Test
    void aBusyProcessHeldToATenthGetsAboutATenthAndRunsOnAfterwards() throws Exception {
        double free = busyShare();
        Process busy = busy();
        try {
            double held;
            try (CpuShare share = CpuShare.limit(busy.toHandle(), 0.1).orElseThrow()) {
                long start = System.nanoTime();
                Duration before = busy.info().totalCpuDuration().orElseThrow();
                Thread.sleep(SPELL.toMillis());
                Duration cpu = busy.info().totalCpuDuration().orElseThrow().minus(before);
                held = cpu.toNanos() / (double) (System.nanoTime() - start);
                assertThat(share.share()).isEqualTo(0.1);
            }
            // A process the loop stopped is in state T; closing leaves it running (R or S), never stopped.
            Thread.sleep(50);
            assertThat(state(busy.pid())).isNotEqualTo("T");
            assertThat(held).as("CPU share held to 0.1, against %s free", free).isLessThan(0.35).isLessThan(free);
        } finally {
            busy.destroyForcibly().waitFor();
        }
    }

    @Test
    void aWholeCpuOrMoreNeedsNoLoopAndTheShareFollowsTheMemorySize() {
        assertThat(CpuShare.limit(ProcessHandle.current(), 1.0)).isEmpty();
        assertThat(CpuShare.forMemory(1769)).isEqualTo(1.0);
        assertThat(CpuShare.forMemory(10240)).isEqualTo(1.0);
        assertThat(CpuShare.forMemory(128)).isCloseTo(0.0724, org.assertj.core.data.Offset.offset(0.0001));
        assertThat(CpuShare.describe(CpuShare.forMemory(128), 128)).isEqualTo("0.072 vCPU (128 MB of 1,769 MB per vCPU)");
    }

    private static double busyShare() throws Exception {
        Process busy = busy();
        try {
            Optional<Duration> before = busy.info().totalCpuDuration();
            long start = System.nanoTime();
            Thread.sleep(SPELL.toMillis());
            Duration cpu = busy.info().totalCpuDuration().orElseThrow().minus(before.orElseThrow());
            return cpu.toNanos() / (double) (System.nanoTime() - start);
        } finally {
            busy.destroyForcibly().waitFor();
        }
    }

    private static Process busy() throws Exception {
        return new ProcessBuilder("/bin/sh", "-c", "while :; do :; done").start();
    }

    private static String state(long pid) throws Exception {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        return stat.substring(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    }
}
