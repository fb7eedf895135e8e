package dev.lambdaharness.core.corpus;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/** Has only a constructor with a parameter, so the runtime cannot create it. */
public class NoPublicConstructor implements RequestHandler<String, String> {
    private final String greeting;

    public NoPublicConstructor(String greeting) {
        this.greeting = greeting;
    }

    @Override
    public String handleRequest(String input, Context context) {
        return greeting + input;
    }
}
