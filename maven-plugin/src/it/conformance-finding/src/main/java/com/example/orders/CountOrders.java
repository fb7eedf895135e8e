package com.example.orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;

/** Counts the orders it has seen, in a static field that outlives the invocation. */
public class CountOrders implements RequestHandler<Map<String, Object>, String> {

    private static int seen;

    @Override
    public String handleRequest(Map<String, Object> event, Context context) {
        seen++;
        return "{\"order\":\"" + event.get("order") + "\",\"seen\":" + seen + "}";
    }
}
