package dev.lambdaharness.core.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaharness.core.corpus.CorpusCode;
import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The command line with {@code --isolation forked}: a child JVM per environment, so under Failsafe. */
class MainForkedIT extends MainRun {

    @Test
    void forkedIsolationRunsTheRealRuntimeAndGivesTheSameDocument() throws IOException {
        JsonNode first = runColdThenWarm("--isolation", "forked")[0];

        assertThat(first.get("report").get("maxMemoryUsedMb").asInt()).isPositive(); // measured only in a child JVM
        assertThat(run("", "invoke", "--isolation", "docker")).isEqualTo(2);
        assertThat(err()).contains("--isolation is 'docker', which names no isolation. Set it to in-process or forked.");
    }

    @Test
    void layersReachTheForkedRuntimeAndAZipOnTheClassPathIsRefusedBeforeAnyChildStarts() throws IOException {
        Path layer = eventsLayer(false);

        assertThat(runSqsBatch("--isolation", "forked", "--layer", layer.toString())).as(err()).isZero();
        assertThat(out()).isEqualTo("{\"batchItemFailures\":[]}\n");
        String classpath = CorpusCode.testClasses() + File.pathSeparator + layer;
        assertThat(run("{}", "invoke", "--handler", "dev.lambdaharness.core.corpus.SqsBatch", "--classpath", classpath,
                "--event", "-", "--isolation", "forked")).isEqualTo(2);
        assertThat(err()).endsWith("lambda-harness: --classpath entry " + layer + " is a layer (it holds"
                + " java/lib/*.jar): Lambda puts a layer in /opt, not on the function's class path. Give it with"
                + " --layer " + layer + ".\n");
    }

    @Test
    void aDebugPortAnotherProcessHoldsIsRefusedNamingTheOption() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();

            assertThat(run("\"x\"", "invoke", "--handler", "dev.lambdaharness.core.corpus.Hello", "--classpath",
                    classpath(), "--event", "-", "--isolation", "forked", "--debug-port", Integer.toString(port)))
                    .isEqualTo(2);
            assertThat(err()).startsWith("lambda-harness: --debug-port " + port + " cannot be used: port " + port
                    + " on 127.0.0.1 is taken by another process (")
                    .endsWith("). Give a free port with --debug-port, or stop what listens there.\n")
                    .doesNotContain("LambdaRuntime.builder()");
        }
    }
}
