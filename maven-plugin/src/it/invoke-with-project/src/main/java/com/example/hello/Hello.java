package com.example.hello;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.List;
import java.util.Map;

/** Greets the sender of the first record, whose body is a name. */
public class Hello implements RequestHandler<Map<String, Object>, String> {

    @Override
    public String handleRequest(Map<String, Object> event, Context context) {
        Object body = ((Map<?, ?>) ((List<?>) event.get("Records")).get(0)).get("body");
        context.getLogger().log("greeting " + body + " in " + context.getFunctionName());
        if ("nobody".equals(body)) {
            throw new IllegalArgumentException("nobody to greet");
        }
        return "Hello, " + body + "!";
    }
}
