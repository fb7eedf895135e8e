package dev.lambdaharness.benchmarks.function;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The hello function for scale-out: it answers only once as many invocations as it is told have
 * started, so that every one of them holds an environment of its own until all have one. The event
 * is {@code "directory|count"}: each invocation leaves a file in the directory and waits (at most
 * 60 s) until the directory holds {@code count}.
 */
public class Gathers implements RequestHandler<String, String> {

    @Override
    public String handleRequest(String event, Context context) {
        String[] parts = event.split("\\|");
        File directory = new File(parts[0]);
        int count = Integer.parseInt(parts[1]);
        try {
            if (!new File(directory, context.getAwsRequestId()).createNewFile()) {
                throw new IllegalStateException("Request id seen twice: " + context.getAwsRequestId());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long until = System.nanoTime() + 60_000_000_000L;
        while (directory.list().length < count && System.nanoTime() < until) {
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "interrupted";
            }
        }
        return "Hello, world!";
    }
}
