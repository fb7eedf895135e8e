package dev.lambdaharness.core.corpus;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/** Abstract, though it has a public no-argument constructor and concrete types. */
public abstract class AbstractHandler implements RequestHandler<String, String> {
    public AbstractHandler() {
    }

    @Override
    public String handleRequest(String input, Context context) {
        return input;
    }
}
