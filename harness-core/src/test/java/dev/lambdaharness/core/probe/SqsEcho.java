package dev.lambdaharness.core.probe;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;

/** Echoes a typed SQS event. */
public class SqsEcho implements RequestHandler<SQSEvent, SQSEvent> {
    @Override
    public SQSEvent handleRequest(SQSEvent event, Context context) {
        return event;
    }
}
