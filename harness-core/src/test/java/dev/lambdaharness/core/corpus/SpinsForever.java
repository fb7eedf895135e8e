package dev.lambdaharness.core.corpus;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes its process id to the file named by the input, then spins forever: a runtime that never asks for more work. */
public class SpinsForever implements RequestHandler<String, String> {

    private static volatile long spins;

    @Override
    public String handleRequest(String markerFile, Context context) {
        try {
            Path marker = Path.of(markerFile);
            Path partial = marker.resolveSibling(marker.getFileName() + ".partial");
            Files.writeString(partial, Long.toString(ProcessHandle.current().pid()));
            Files.move(partial, marker); // whole or absent, for whoever waits for it
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        while (true) {
            spins++;
        }
    }
}
