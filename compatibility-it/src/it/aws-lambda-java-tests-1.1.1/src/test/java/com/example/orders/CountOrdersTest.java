package com.example.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.junit.Event;
import dev.lambdaharness.junit.LambdaTest;
import org.junit.jupiter.api.Test;

@LambdaTest(handler = "com.example.orders.CountOrders::handleRequest")
class CountOrdersTest {

    @Test
    void countsATypedBatch(LambdaFunction function,
                           @Event(value = "sqs/receive-message", parameters = "body=o-1") SQSEvent batch) {
        InvocationResult result = function.invoke(batch);

        assertTrue(result.succeeded(), result::toString);
        assertEquals("\"counted o-1\"", result.payloadAsString());
        assertTrue(result.logText().contains("orders 1"), result::logText);
    }

    @Test
    void countsABatchLoadedWithAwsLambdaJavaTests(LambdaFunction function) {
        SQSEvent batch = EventLoader.loadSQSEvent("orders.json");

        InvocationResult result = function.invoke(batch);

        assertTrue(result.succeeded(), result::toString);
        assertEquals("\"counted o-2\"", result.payloadAsString());
    }
}
