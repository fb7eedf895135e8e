package dev.lambdaharness.core.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The command line with {@code --isolation forked}: a child JVM per environment, so under Failsafe. */
class MainForkedIT extends MainRun {

    @Test
    void forkedIsolationRunsTheRealRuntimeAndGivesTheSameDocument() throws IOException {
        Path event = Files.writeString(dir.resolve("e.json"), "{}");
        int status = run("", "invoke", "--handler", "dev.lambdaharness.core.corpus.ColdStartCounter",
                "--classpath", classpath(), "--event", event.toString(), "--event", event.toString(), "--json",
                "--isolation", "forked");

        String[] documents = out().split("\n");
        assertThat(status).isZero();
        assertThat(documents).hasSize(2);
        JsonNode first = new ObjectMapper().readTree(documents[0]);
        JsonNode second = new ObjectMapper().readTree(documents[1]);
        assertThat(first.get("payload").asText()).isEqualTo("1");
        assertThat(first.get("report").get("coldStart").asBoolean()).isTrue();
        assertThat(first.get("report").get("maxMemoryUsedMb").asInt()).isPositive(); // measured only in a child JVM
        assertThat(second.get("payload").asText()).isEqualTo("2");
        assertThat(second.get("report").get("coldStart").asBoolean()).isFalse();
        assertThat(run("", "invoke", "--isolation", "docker")).isEqualTo(2);
        assertThat(err()).contains("--isolation is 'docker', which names no isolation. Set it to in-process or forked.");
    }
}
