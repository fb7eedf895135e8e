package dev.lambdaharness.core.oracle.probe;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/** Ends the JVM in the middle of an invocation, as a handler calling System.exit does. */
public class ExitingHandler implements RequestHandler<String, String> {

    @Override
    public String handleRequest(String input, Context context) {
        System.out.println("exiting with 3");
        System.exit(3);
        return "unreachable";
    }
}
