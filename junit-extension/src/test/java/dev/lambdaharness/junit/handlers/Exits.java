package dev.lambdaharness.junit.handlers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/** Ends the runtime process with the status it was sent. */
public class Exits implements RequestHandler<Integer, String> {

    @Override
    public String handleRequest(Integer status, Context context) {
        System.exit(status);
        return "unreachable";
    }
}
