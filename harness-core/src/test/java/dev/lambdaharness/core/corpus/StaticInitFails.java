package dev.lambdaharness.core.corpus;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

public class StaticInitFails implements RequestHandler<String, String> {
    private static final String CONFIG = load();

    private static String load() {
        throw new IllegalStateException("static boom");
    }

    @Override
    public String handleRequest(String input, Context context) {
        return CONFIG;
    }
}
