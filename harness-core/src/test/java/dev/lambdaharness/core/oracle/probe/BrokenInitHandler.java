package dev.lambdaharness.core.oracle.probe;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/** Fails in its static initialiser, which Lambda reports as an INIT error. */
public class BrokenInitHandler implements RequestHandler<String, String> {

    private static final String CONFIG = loadConfig();

    private static String loadConfig() {
        System.out.println("loading config");
        throw new IllegalStateException("no config");
    }

    @Override
    public String handleRequest(String input, Context context) {
        return CONFIG;
    }
}
