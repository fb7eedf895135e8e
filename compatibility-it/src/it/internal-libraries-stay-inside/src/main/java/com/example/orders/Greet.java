package com.example.orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;

/** Greets the name it is sent, or refuses an event without one. */
public class Greet implements RequestHandler<Map<String, String>, String> {

    @Override
    public String handleRequest(Map<String, String> event, Context context) {
        String name = event.get("name");
        if (name == null) {
            throw new IllegalArgumentException("event without name");
        }
        context.getLogger().log("greeting " + name);
        return "Hello, " + name + " from " + context.getFunctionName();
    }
}
