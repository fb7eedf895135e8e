package dev.lambdaharness.core.internal.cli;

import dev.lambdaharness.core.corpus.CorpusCode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
}
