package dev.lambdaharness.core.corpus;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

public class ConstructorFails implements RequestHandler<String, String> {
    public ConstructorFails() {
        throw new IllegalStateException("ctor failed");
    }

    @Override
    public String handleRequest(String input, Context context) {
        return input;
    }
}
