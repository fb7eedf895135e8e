package dev.lambdaharness.core.probe;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/** Throws an exception without a message. */
public class NullMessage implements RequestHandler<String, String> {
    @Override
    public String handleRequest(String input, Context context) {
        throw new UnsupportedOperationException();
    }
}
