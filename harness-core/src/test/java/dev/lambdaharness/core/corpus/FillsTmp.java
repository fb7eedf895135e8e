package dev.lambdaharness.core.corpus;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Fills ephemeral storage: {@code "fill <files|stream> <path> <MiB>"} appends that many MiB to the
 * file in 1 MiB writes (through {@code Files.newOutputStream} or {@code new FileOutputStream}) and
 * answers {@code "wrote <n> MiB"}, or {@code "wrote <n> MiB, then <exception>: <message>"} when a
 * write fails; {@code "delete <path>"} deletes the file.
 */
public class FillsTmp implements RequestHandler<String, String> {

    private static final int MIB = 1024 * 1024;

    @Override
    public String handleRequest(String command, Context context) {
        String[] words = command.split(" ");
        try {
            if (words[0].equals("delete")) {
                Files.delete(Path.of(words[1]));
                return "deleted";
            }
            return fill(words[1].equals("stream"), Path.of(words[2]), Integer.parseInt(words[3]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String fill(boolean stream, Path file, int mebibytes) throws IOException {
        byte[] chunk = new byte[MIB];
        Arrays.fill(chunk, (byte) 'x'); // real data: nothing a file system could leave sparse
        int written = 0;
        try (OutputStream out = stream ? new FileOutputStream(file.toFile(), true)
                : Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            for (; written < mebibytes; written++) {
                out.write(chunk);
            }
        } catch (IOException e) {
            return "wrote " + written + " MiB, then " + e.getClass().getName() + ": " + e.getMessage();
        }
        return "wrote " + written + " MiB";
    }
}
