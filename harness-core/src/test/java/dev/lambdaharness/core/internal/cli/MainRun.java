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
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
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

    /**
     * A zip archive of {@code entries}, each an entry name and the file it holds, as Lambda takes a
     * deployment package or a layer.
     */
    static Path zip(Path archive, Map<String, Path> entries) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(archive))) {
            for (Map.Entry<String, Path> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                Files.copy(entry.getValue(), zip);
                zip.closeEntry();
            }
        }
        return archive;
    }

    /**
     * A Java layer holding aws-lambda-java-events and joda-time (which the runtime's serialisers of
     * events load from the function's code) in {@code java/lib}, which {@code SqsBatch} needs: a
     * {@code .zip}, or when {@code folder} is true the folder Lambda would unpack it into in {@code /opt}.
     */
    Path eventsLayer(boolean folder) throws IOException {
        Map<String, Path> entries = new java.util.LinkedHashMap<>();
        for (Class<?> type : new Class<?>[] {com.amazonaws.services.lambda.runtime.events.SQSEvent.class,
                org.joda.time.DateTime.class}) {
            Path jar = CorpusCode.jarOf(type);
            entries.put("java/lib/" + jar.getFileName(), jar);
        }
        if (!folder) {
            return zip(dir.resolve("events-layer.zip"), entries);
        }
        Path opt = dir.resolve("events-layer");
        for (Map.Entry<String, Path> entry : entries.entrySet()) {
            Files.createDirectories(opt.resolve(entry.getKey()).getParent());
            Files.copy(entry.getValue(), opt.resolve(entry.getKey()));
        }
        return opt;
    }

    /** Runs {@code SqsBatch}, with only the corpus's classes as its code, on one message with the options. */
    int runSqsBatch(String... options) throws IOException {
        Path event = Files.writeString(dir.resolve("sqs.json"), "{\"Records\": [{\"messageId\": \"m-1\","
                + " \"body\": \"ok\", \"eventSourceARN\": \"arn:aws:sqs:us-east-1:123456789012:q\"}]}");
        return run("", Stream.concat(Stream.of("invoke", "--handler", "dev.lambdaharness.core.corpus.SqsBatch",
                "--classpath", CorpusCode.testClasses().toString(), "--event", event.toString()), Stream.of(options))
                .toArray(String[]::new));
    }
}
