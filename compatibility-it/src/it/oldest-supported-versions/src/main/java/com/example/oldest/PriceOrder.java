package com.example.oldest;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.LinkedHashMap;
import java.util.Map;

/** Prices an order: {"sku": "A-1", "quantity": 2} gives {"sku": "A-1", "total": 3.0}. */
public class PriceOrder implements RequestHandler<Map<String, Object>, Map<String, Object>> {

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> order, Context context) {
        context.getLogger().log("pricing " + order.get("sku"));
        Map<String, Object> priced = new LinkedHashMap<>();
        priced.put("sku", order.get("sku"));
        priced.put("total", ((Number) order.get("quantity")).intValue() * 1.5);
        return priced;
    }
}
