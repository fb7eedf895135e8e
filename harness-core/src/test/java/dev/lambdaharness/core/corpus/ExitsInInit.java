package dev.lambdaharness.core.corpus;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/** Ends the runtime from its static initialiser, before INIT is over. */
public class ExitsInInit implements RequestHandler<String, String> {

    static {
        System.out.println("giving up during init");
        System.exit(2);
    }

    @Override
    public String handleRequest(String input, Context context) {
        return input;
    }
}
