package dev.lambdaharness.core.invokeapi;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/** Prints its input to standard output, so that its log is as long as the test needs. */
public class PrintsItsInput implements RequestHandler<String, String> {
    @Override
    public String handleRequest(String input, Context context) {
        System.out.println(input);
        return "printed";
    }
}
