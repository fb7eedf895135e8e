package dev.lambdaharness.core.corpus;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Prints from a thread of a pool the handler owns. */
public class PrintsFromPool implements RequestHandler<String, String> {
    private static final ExecutorService POOL = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "probe-pool");
        t.setDaemon(true);
        return t;
    });

    @Override
    public String handleRequest(String input, Context context) {
        Future<?> done = POOL.submit(() -> System.out.println("from the pool: " + input));
        try {
            done.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return "ok";
    }
}
