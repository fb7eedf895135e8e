package dev.lambdaharness.benchmarks.function;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/** A no-op handler that fails: what an asynchronous event is retried on. */
public class Fails implements RequestHandler<String, String> {

    @Override
    public String handleRequest(String name, Context context) {
        throw new IllegalStateException("no");
    }
}
