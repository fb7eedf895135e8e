package dev.lambdaharness.core.corpus;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Starts {@code sleep 600} twice, once through {@link ProcessBuilder} and once through
 * {@link Runtime#exec(String[])}, and returns their pids, {@code "<pid>,<pid>"}: processes that
 * must end with the environment.
 */
public class StartsProcesses implements RequestHandler<String, String> {

    @Override
    public String handleRequest(String input, Context context) {
        try {
            Process built = new ProcessBuilder("sleep", "600").start();
            Process executed = Runtime.getRuntime().exec(new String[] {"sleep", "600"});
            return built.pid() + "," + executed.pid();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
