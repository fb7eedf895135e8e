package dev.lambdaharness.core.internal.handler;

import com.amazonaws.services.lambda.runtime.Context;
import java.io.InputStream;
import java.io.OutputStream;

/** Bytes in, bytes out: the level the RIC reduces every kind of handler to. */
interface StreamCall {

    /** Runs the handler once; whatever it throws is the invocation's error. */
    void call(InputStream input, OutputStream output, Context context) throws Throwable;
}
