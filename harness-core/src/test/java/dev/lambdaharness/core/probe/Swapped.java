package dev.lambdaharness.core.probe;

import com.amazonaws.services.lambda.runtime.RequestHandler;

/** A sub-interface whose type parameters are in the other order than RequestHandler's. */
public interface Swapped<O, I> extends RequestHandler<I, O> {
}
