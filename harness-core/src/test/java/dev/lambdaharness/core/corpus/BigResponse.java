package dev.lambdaharness.core.corpus;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/** Returns a string of as many characters as asked for. */
public class BigResponse implements RequestHandler<Integer, String> {
    @Override
    public String handleRequest(Integer length, Context context) {
        return "x".repeat(length);
    }
}
