package com.example.orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;

/** Counts the orders of a batch, tested with aws-lambda-java-tests on the class path. */
public class CountOrders implements RequestHandler<SQSEvent, String> {

    @Override
    public String handleRequest(SQSEvent batch, Context context) {
        context.getLogger().log("orders " + batch.getRecords().size());
        return "counted " + batch.getRecords().get(0).getBody();
    }
}
