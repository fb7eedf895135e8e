package dev.lambdaharness.core.probe;

import com.amazonaws.services.lambda.runtime.Context;

/** Implements RequestHandler through a one-parameter sub-interface. */
public class SingleHandler implements Single<Integer> {
    @Override
    public String handleRequest(Integer input, Context context) {
        return String.valueOf(input);
    }
}
