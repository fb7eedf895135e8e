package dev.lambdaharness.benchmarks.function;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/** The smallest typed handler: what a cold start costs when the function itself costs nothing. */
public class Hello implements RequestHandler<String, String> {

    @Override
    public String handleRequest(String name, Context context) {
        return "Hello, " + name + "!";
    }
}
