package dev.lambdaharness.core.corpus;

import java.util.Map;

/** Answers the event it was given, so a test sees the event exactly as the function read it. */
public class EchoesEvent {
    public Map<String, Object> handle(Map<String, Object> event) {
        return event;
    }
}
