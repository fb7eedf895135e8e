package dev.lambdaharness.core.internal.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/**
 * A class-only {@link RequestHandler}, called through the interface as the RIC calls it, so a
 * trace ends with the handler's synthetic bridge method, as it does on Lambda.
 */
final class RequestHandlerTarget implements PojoTarget {

    private final RequestHandler<Object, Object> handler;

    @SuppressWarnings("unchecked") // inputs are deserialised for the handler's own declared input type
    RequestHandlerTarget(Object handler) {
        this.handler = (RequestHandler<Object, Object>) handler;
    }

    @Override
    public Object call(Object input, Context context) {
        return handler.handleRequest(input, context);
    }
}
