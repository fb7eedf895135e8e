package dev.lambdaharness.core.oracle.probe;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/** Throws an unchecked exception whose message carries the input. */
public class ThrowingHandler implements RequestHandler<String, String> {

    @Override
    public String handleRequest(String input, Context context) {
        throw new IllegalStateException("boom " + input);
    }
}
