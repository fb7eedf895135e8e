package dev.lambdaharness.benchmarks.function;

import com.amazonaws.services.lambda.runtime.Context;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Handlers that exercise one in-process mechanism each, as {@code Class::method} handlers: a
 * rewritten {@code System.getenv}, output from a pool thread, the {@code LambdaLogger}, a handler
 * that throws, and a Java record input (which the runtime's serialiser cannot read).
 */
public class Probes {

    /** An order as a record: the Lambda Java runtime fails to read records, so this probes the error path. */
    public record Order(String sku, int quantity) {
    }

    private static final ExecutorService POOL = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "probe-pool");
        thread.setDaemon(true);
        return thread;
    });

    public String getenv(String name) {
        return System.getenv(name);
    }

    public String printFromPool(String text) throws Exception {
        Future<?> printed = POOL.submit(() -> System.out.println(text));
        printed.get();
        return "printed";
    }

    public String log(String text, Context context) {
        context.getLogger().log(text);
        return "logged";
    }

    public String fail(String text) {
        throw new IllegalStateException("failed on " + text);
    }

    public String record(Order order) {
        return order.sku();
    }
}
