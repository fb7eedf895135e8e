package dev.lambdaharness.core.internal.inprocess;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Closed environments are collected even when their handlers leave threads, shutdown hooks,
 * static caches and thread-locals behind: many are opened and closed in a JVM whose Metaspace is
 * bounded, and every class loader must be reclaimed.
 */
class EnvironmentLeakIT {

    @Test
    void closedEnvironmentsAreCollectedUnderABoundedMetaspace() throws IOException, InterruptedException {
        int environments = 300;
        Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(List.of(java.toString(), "-XX:MaxMetaspaceSize=48m", "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), "dev.lambdaharness.core.corpus.LeakProbeMain",
                Integer.toString(environments)))
                .redirectErrorStream(true)
                .start();
        try {
            boolean ended = child.waitFor(180, TimeUnit.SECONDS);
            String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(ended).as("the probe ended within 180 s; output so far:%n%s", output).isTrue();
            assertThat(child.exitValue()).as(output).isZero();
            assertThat(output).as(output).contains("collected " + environments + " of " + environments);
        } finally {
            child.destroyForcibly();
        }
    }
}
