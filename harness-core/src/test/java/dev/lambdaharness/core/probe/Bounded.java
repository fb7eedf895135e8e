package dev.lambdaharness.core.probe;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/** A bounded type variable as the input type: deserialised for its bound. */
public class Bounded<T extends Number> implements RequestHandler<T, String> {
    @Override
    public String handleRequest(T input, Context context) {
        return input.getClass().getName() + ":" + input;
    }
}
