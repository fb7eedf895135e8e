package dev.lambdaharness.core.probe;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;

/** Echoes an S3 event through the library's dedicated serialiser. */
public class S3Echo implements RequestHandler<S3Event, S3Event> {
    @Override
    public S3Event handleRequest(S3Event event, Context context) {
        return event;
    }
}
