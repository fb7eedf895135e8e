package dev.lambdaharness.core.corpus;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/** Throws an exception whose message is null, with a suppressed one attached. */
public class ThrowsWithoutMessage implements RequestHandler<String, String> {
    @Override
    public String handleRequest(String input, Context context) {
        UnsupportedOperationException e = new UnsupportedOperationException();
        e.addSuppressed(new IllegalArgumentException("suppressed " + input));
        throw e;
    }
}
