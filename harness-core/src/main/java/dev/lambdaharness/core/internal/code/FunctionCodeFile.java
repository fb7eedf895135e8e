package dev.lambdaharness.core.internal.code;

import dev.lambdaharness.core.InvalidFunctionCodeException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a file that lists a function's exact code, as the Maven plugin's {@code prepare} goal writes
 * it and as Gradle or IDE runs may: one class directory or jar per line, in class path order; blank
 * lines and lines starting with {@code #} are skipped; a relative path is relative to the file's folder.
 */
public final class FunctionCodeFile {

    private FunctionCodeFile() {
    }

    /**
     * The entries the file lists.
     *
     * @param file the file
     * @param property the system property that named the file, for messages
     * @throws InvalidFunctionCodeException when the file or one of its entries is missing or unreadable
     */
    public static List<Path> read(Path file, String property) {
        Path absolute = file.toAbsolutePath().normalize();
        String named = "The function code file " + absolute + " (-D" + property + ")";
        String fix = " Build up to process-test-classes so that the Maven plugin's lambda-harness:prepare goal"
                + " writes it, or point -D" + property + " at a file listing the function's class folders and"
                + " jars, one per line.";
        if (!Files.exists(absolute)) {
            throw new InvalidFunctionCodeException(named + " does not exist." + fix);
        }
        if (!Files.isRegularFile(absolute)) {
            throw new InvalidFunctionCodeException(named + " is not a file." + fix);
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(absolute, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidFunctionCodeException(named + " cannot be read (" + e.getMessage()
                    + "). Check its permissions and encoding (UTF-8).", e);
        }
        List<Path> entries = new ArrayList<>();
        for (String line : lines) {
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            Path entry;
            try {
                entry = absolute.getParent().resolve(text).normalize();
            } catch (InvalidPathException e) {
                throw new InvalidFunctionCodeException(named + " lists '" + text + "', which is not a path."
                        + " Correct the line, or build again to rewrite the file.", e);
            }
            if (!Files.exists(entry)) {
                throw new InvalidFunctionCodeException(named + " lists " + entry + ", which does not exist."
                        + " Build again (mvn test-compile reruns lambda-harness:prepare) or correct the line.");
            }
            entries.add(entry);
        }
        if (entries.isEmpty()) {
            throw new InvalidFunctionCodeException(named + " lists no class folder or jar." + fix);
        }
        return entries;
    }
}
