package dev.lambdaharness.core.corpus;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/** Prints a caught exception's stack trace to stderr, as handlers often do. */
public class PrintsStackTrace implements RequestHandler<String, String> {
    @Override
    public String handleRequest(String input, Context context) {
        new IllegalStateException("printed " + input).printStackTrace();
        return "printed";
    }
}
