package dev.lambdaharness.core.probe;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;

/** Echoes a scheduled event, whose time is a Joda DateTime. */
public class ScheduledEcho implements RequestHandler<ScheduledEvent, ScheduledEvent> {
    @Override
    public ScheduledEvent handleRequest(ScheduledEvent event, Context context) {
        return event;
    }
}
