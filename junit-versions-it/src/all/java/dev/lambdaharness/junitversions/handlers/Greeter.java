package dev.lambdaharness.junitversions.handlers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.concurrent.atomic.AtomicInteger;

/** Greets by name, counting its invocations in a static field that a cold start sets back to zero. */
public class Greeter implements RequestHandler<String, String> {

    private static final AtomicInteger INVOCATIONS = new AtomicInteger();

    @Override
    public String handleRequest(String name, Context context) {
        System.out.println("greeting " + name);
        return "hello " + name + " #" + INVOCATIONS.incrementAndGet();
    }
}
