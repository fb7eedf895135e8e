package dev.lambdaharness.core.corpus;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/** Its static initialiser calls a test-only class the function's code does not carry: NoClassDefFoundError. */
public class NeedsMissingClass implements RequestHandler<String, String> {
    static {
        org.junit.jupiter.api.Assertions.assertTrue(true);
    }

    @Override
    public String handleRequest(String input, Context context) {
        return input;
    }
}
