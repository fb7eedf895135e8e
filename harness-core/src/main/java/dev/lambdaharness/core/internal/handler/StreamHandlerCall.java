package dev.lambdaharness.core.internal.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.InputStream;
import java.io.OutputStream;

/** A class-only {@link RequestStreamHandler}, called directly as the RIC calls it (no reflection frames). */
final class StreamHandlerCall implements StreamCall {

    private final RequestStreamHandler handler;

    StreamHandlerCall(RequestStreamHandler handler) {
        this.handler = handler;
    }

    @Override
    public void call(InputStream input, OutputStream output, Context context) throws Throwable {
        handler.handleRequest(input, output, context);
    }
}
