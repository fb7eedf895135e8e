package dev.lambdaharness.core.corpus;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/** A generic base: subclasses fix the input type, which the runtime must find through the superclass. */
public abstract class TypedHandler<T> implements RequestHandler<T, String> {

    @Override
    public String handleRequest(T input, Context context) {
        return describe(input);
    }

    protected abstract String describe(T input);
}
