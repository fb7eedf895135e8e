package dev.lambdaharness.core.oracle.probe;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/** Greets its input; counts invocations so a test can tell a warm environment from a cold one. */
public class HelloHandler implements RequestHandler<String, String> {

    private static int invocations;

    @Override
    public String handleRequest(String name, Context context) {
        invocations++;
        return "hello " + name + " #" + invocations;
    }
}
