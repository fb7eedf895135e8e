package dev.lambdaharness.core.corpus;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Starts {@code sleep 600} twice, once through {@link ProcessBuilder} and once through
 * {@link Runtime#exec(String[])}, and returns their pids, {@code "<pid>,<pid>"}: processes that
 * must end with the environment. Given {@code "exit"}, it prints {@code pids <pid>,<pid>} and
 * ends its runtime with {@code System.exit(3)} instead.
 */
public class StartsProcesses implements RequestHandler<String, String> {

    @Override
    public String handleRequest(String input, Context context) {
        try {
            Process built = new ProcessBuilder("sleep", "600").start();
            Process executed = Runtime.getRuntime().exec(new String[] {"sleep", "600"});
            String pids = built.pid() + "," + executed.pid();
            if (input.equals("exit")) {
                System.out.println("pids " + pids);
                System.exit(3);
            }
            return pids;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
