package dev.lambdaharness.core.internal.child;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;

/**
 * A process's peak resident memory, as Linux keeps it in {@code /proc/<pid>/status} ({@code VmHWM},
 * the high-water mark of its resident set): what REPORT's {@code Max Memory Used} shows for a
 * forked environment, in MB rounded up.
 *
 * <pre>{@code
 * OptionalInt peak = PeakMemory.megabytes(child.pid());
 * }</pre>
 */
public final class PeakMemory {

    private PeakMemory() {
    }

    /** The peak in MB (1024 × 1024 bytes), rounded up; empty where there is no {@code /proc} or the process is gone. */
    public static OptionalInt megabytes(long pid) {
        Path status = Path.of("/proc", Long.toString(pid), "status");
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return OptionalInt.of(fromStatusLine(line));
                }
            }
        } catch (IOException | RuntimeException e) {
            // no /proc (not Linux), or the process has exited meanwhile
        }
        return OptionalInt.empty();
    }

    /** {@code VmHWM:\t  123456 kB} to MB, rounded up. */
    public static int fromStatusLine(String line) {
        String[] parts = line.substring(line.indexOf(':') + 1).trim().split("\\s+");
        long kib = Long.parseLong(parts[0]);
        return (int) ((kib + 1023) / 1024);
    }
}
