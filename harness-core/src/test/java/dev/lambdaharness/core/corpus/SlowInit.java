package dev.lambdaharness.core.corpus;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/** A static initialiser that takes longer than Lambda's 10 s INIT limit. */
public class SlowInit implements RequestHandler<String, String> {
    static {
        try {
            Thread.sleep(10_500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String handleRequest(String input, Context context) {
        return "initialised slowly, " + context.getRemainingTimeInMillis() + " ms left";
    }
}
