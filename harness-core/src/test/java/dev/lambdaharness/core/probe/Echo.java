package dev.lambdaharness.core.probe;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/** Returns its input, or throws it as a message when asked to. */
public class Echo implements RequestHandler<String, String> {
    @Override
    public String handleRequest(String input, Context context) {
        if (input != null && input.startsWith("throw:")) {
            throw new IllegalStateException(input.substring("throw:".length()));
        }
        return input;
    }
}
