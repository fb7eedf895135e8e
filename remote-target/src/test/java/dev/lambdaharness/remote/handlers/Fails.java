package dev.lambdaharness.remote.handlers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/** Logs a line, then throws with the message it was sent. */
public class Fails implements RequestHandler<String, String> {

    @Override
    public String handleRequest(String message, Context context) {
        System.out.println("about to fail with " + message);
        throw new IllegalStateException(message);
    }
}
