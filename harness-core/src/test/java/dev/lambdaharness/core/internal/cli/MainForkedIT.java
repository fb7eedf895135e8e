package dev.lambdaharness.core.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
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
}
