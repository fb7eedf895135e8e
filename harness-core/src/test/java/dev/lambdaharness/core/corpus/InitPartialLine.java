package dev.lambdaharness.core.corpus;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/** INIT leaves a line open on stdout; the first invocation then prints whole lines. */
public class InitPartialLine implements RequestHandler<String, String> {
    static {
        System.out.print("init without a line break");
        System.err.print("init stderr without a line break");
    }

    @Override
    public String handleRequest(String input, Context context) {
        System.out.println("invocation line " + input);
        return input;
    }
}
