package dev.lambdaharness.core.probe;

import com.amazonaws.services.lambda.runtime.RequestHandler;

/** Leaves the handler's types to its subclass. */
public abstract class GenericBase<I, O> implements RequestHandler<I, O> {
}
