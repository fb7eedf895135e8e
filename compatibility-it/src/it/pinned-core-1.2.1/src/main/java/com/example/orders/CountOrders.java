package com.example.orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;

/** Counts the orders of a batch, compiled against aws-lambda-java-core 1.2.1 as the samples pin it. */
public class CountOrders implements RequestHandler<SQSEvent, String> {

    @Override
    public String handleRequest(SQSEvent batch, Context context) {
        context.getLogger().log("orders " + batch.getRecords().size());
        return "counted " + batch.getRecords().get(0).getBody();
    }
}
