package dev.lambdaharness.core.corpus;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Starts {@code sleep 600}, writes that process's id to the file named by the input, then spins
 * forever: a handler whose child process must end with its environment.
 */
public class StartsAProcess implements RequestHandler<String, String> {

    private static volatile long spins;

    @Override
    public String handleRequest(String markerFile, Context context) {
        try {
            Process sleep = new ProcessBuilder("sleep", "600").start();
            Path marker = Path.of(markerFile);
            Path partial = marker.resolveSibling(marker.getFileName() + ".partial");
            Files.writeString(partial, Long.toString(sleep.pid()));
            Files.move(partial, marker);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        while (true) {
            spins++;
        }
    }
}
