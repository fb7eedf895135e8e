package dev.lambdaharness.junit.assertj.functions;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/** Logs a line and throws with the message it was sent. */
public class Fails implements RequestHandler<String, String> {

    @Override
    public String handleRequest(String message, Context context) {
        System.out.println("about to fail");
        throw new IllegalStateException(message);
    }
}
