package dev.lambdaharness.core.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lambdaharness.core.corpus.CorpusCode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line run in this JVM, its stdin given and its stdout and stderr kept, for the tests
 * of {@link Main}: {@code run("\"world\"", "invoke", "--handler", ...)}, then {@code out()}, {@code err()}.
 */
abstract class MainRun {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(String stdin, String... args) {
        return Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    static String classpath() {
        return CorpusCode.code().classpath().stream().map(Path::toString)
                .reduce((a, b) -> a + java.io.File.pathSeparator + b).orElseThrow();
    }

    /**
     * Runs {@code ColdStartCounter} on two events in one environment with {@code --json} and the given
     * options, and checks that the first was the cold start and the second the warm one.
     *
     * @return the two JSON documents printed
     */
    JsonNode[] runColdThenWarm(String... options) throws IOException {
        Path event = Files.writeString(dir.resolve("e.json"), "{}");
        String[] args = Stream.concat(Stream.of("invoke", "--handler",
                "dev.lambdaharness.core.corpus.ColdStartCounter", "--classpath", classpath(), "--event", event.toString(),
                "--event", event.toString(), "--json"), Stream.of(options)).toArray(String[]::new);
        int status = run("", args);

        String[] documents = out().split("\n");
        assertThat(status).isZero();
        assertThat(documents).hasSize(2);
        JsonNode first = new ObjectMapper().readTree(documents[0]);
        JsonNode second = new ObjectMapper().readTree(documents[1]);
        assertThat(first.get("payload").asText()).isEqualTo("1");
        assertThat(first.get("report").get("coldStart").asBoolean()).isTrue();
        assertThat(second.get("payload").asText()).isEqualTo("2");
        assertThat(second.get("report").get("coldStart").asBoolean()).isFalse();
        return new JsonNode[] {first, second};
    }
}
