package dev.lambdaharness.junitversions.handlers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/** Returns what it is sent. */
public class Echo implements RequestHandler<String, String> {

    @Override
    public String handleRequest(String input, Context context) {
        return input;
    }
}
