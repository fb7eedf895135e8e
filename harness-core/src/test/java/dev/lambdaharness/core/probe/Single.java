package dev.lambdaharness.core.probe;

import com.amazonaws.services.lambda.runtime.RequestHandler;

/** A sub-interface with one type parameter: the RIC finds one argument where it wants two. */
public interface Single<X> extends RequestHandler<X, String> {
}
