package dev.lambdaharness.core.probe;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts instances and calls: one instance per environment, static state per class loader. */
public class Counter implements RequestHandler<String, String> {
    private static final AtomicInteger INSTANCES = new AtomicInteger();
    private final AtomicInteger calls = new AtomicInteger();

    public Counter() {
        INSTANCES.incrementAndGet();
    }

    @Override
    public String handleRequest(String input, Context context) {
        return INSTANCES.get() + "/" + calls.incrementAndGet();
    }
}
