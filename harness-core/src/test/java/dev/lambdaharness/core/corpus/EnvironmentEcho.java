package dev.lambdaharness.core.corpus;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/** Returns the value of the environment variable named by the input. */
public class EnvironmentEcho implements RequestHandler<String, String> {
    @Override
    public String handleRequest(String name, Context context) {
        return System.getenv(name);
    }
}
