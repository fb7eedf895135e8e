package dev.lambdaharness.core.probe;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/** A type variable without a bound as the input type. */
public class Unbounded<T> implements RequestHandler<T, String> {
    @Override
    public String handleRequest(T input, Context context) {
        return String.valueOf(input);
    }
}
