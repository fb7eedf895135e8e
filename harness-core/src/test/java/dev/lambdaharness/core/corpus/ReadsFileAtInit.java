package dev.lambdaharness.core.corpus;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads, in its static initialiser, the file {@code INIT_FILE} names, as a handler reads what a
 * test set up for it (a fake's address, a fixture): answers its text, or {@code absent}.
 */
public class ReadsFileAtInit implements RequestHandler<String, String> {
    private static final String SEEN_AT_INIT;

    static {
        Path file = Path.of(System.getenv("INIT_FILE"));
        String seen;
        try {
            seen = Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "absent";
        } catch (IOException e) {
            seen = "unreadable";
        }
        SEEN_AT_INIT = seen;
    }

    @Override
    public String handleRequest(String event, Context context) {
        return SEEN_AT_INIT;
    }
}
