package dev.lambdaharness.core.internal.coldstart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HotSpotPerfDataTest {

    @Test
    void readsTheClassesThisJvmLoadedFromItsOwnPerformanceDataFile() {
        assumeTrue(System.getProperty("os.name").startsWith("Linux"), "HotSpot's performance data file is read on Linux");
        long before = ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount();

        OptionalLong read = HotSpotPerfData.loadedClasses(ProcessHandle.current().pid());

        long after = ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount();
        // The JVM's own count, taken around the read: the file holds the same counters, live.
        assertThat(read).isPresent();
        assertThat(read.getAsLong()).isBetween(before, after);
    }

    @Test
    void aMissingOrForeignFileHasNoFigure(@TempDir Path directory) throws Exception {
        Path foreign = Files.write(directory.resolve("12345"), "not performance data at all, but long enough".getBytes());

        assertThat(HotSpotPerfData.loadedClasses(directory.resolve("missing"))).isEmpty();
        assertThat(HotSpotPerfData.loadedClasses(foreign)).isEmpty();
    }
}
