package dev.lambdaharness.core.corpus;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

public class Throws implements RequestHandler<String, String> {
    @Override
    public String handleRequest(String input, Context context) {
        throw new IllegalStateException("boom \"quoted\" <b>", new IllegalArgumentException("root cause"));
    }
}
