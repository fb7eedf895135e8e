package dev.lambdaharness.core.internal.handler;

import com.amazonaws.services.lambda.runtime.Context;

/** A handler that takes a deserialised input and returns an output to serialise. */
interface PojoTarget {

    /** Calls the user's code; whatever it throws is the invocation's error. */
    Object call(Object input, Context context) throws Throwable;
}
