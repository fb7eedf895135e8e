package dev.lambdaharness.core.oracle.probe;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/** Returns a string of as many characters as its input asks for (plus the two quotes JSON adds). */
public class BigResponseHandler implements RequestHandler<Integer, String> {

    @Override
    public String handleRequest(Integer length, Context context) {
        return "x".repeat(length);
    }
}
