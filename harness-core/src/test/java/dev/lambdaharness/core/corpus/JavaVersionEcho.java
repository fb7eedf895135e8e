package dev.lambdaharness.core.corpus;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/** Returns the feature version of the JVM it runs on. */
public class JavaVersionEcho implements RequestHandler<String, Integer> {
    @Override
    public Integer handleRequest(String input, Context context) {
        return Runtime.version().feature();
    }
}
