package dev.lambdaharness.core.corpus;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Works on a file under the literal path {@code /tmp}: {@code "write <path> <text>"} writes the text
 * and answers what the file then holds, {@code "read <path>"} answers its content or {@code absent},
 * {@code "tmpdir"} answers {@code java.io.tmpdir}.
 */
public class TmpFile implements RequestHandler<String, String> {
    @Override
    public String handleRequest(String command, Context context) {
        String[] words = command.split(" ", 3);
        try {
            switch (words[0]) {
                case "write":
                    Files.writeString(Path.of(words[1]), words[2], StandardCharsets.UTF_8);
                    return Files.readString(Path.of(words[1]), StandardCharsets.UTF_8);
                case "read":
                    Path file = Path.of(words[1]);
                    return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "absent";
                case "tmpdir":
                    return System.getProperty("java.io.tmpdir");
                default:
                    throw new IllegalArgumentException("write, read or tmpdir, not " + command);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
