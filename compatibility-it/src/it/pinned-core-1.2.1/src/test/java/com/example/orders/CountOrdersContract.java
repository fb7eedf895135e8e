package com.example.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.junit.Event;
import org.junit.jupiter.api.Test;

/** What CountOrders does, in whichever isolation the subclass's @LambdaTest names. */
abstract class CountOrdersContract {

    @Test
    void countsATypedBatchAndLogsAtALevel(LambdaFunction function,
                                          @Event(value = "sqs/receive-message", parameters = "body=o-1") SQSEvent batch) {
        InvocationResult result = function.invoke(batch);

        assertTrue(result.succeeded(), result::toString);
        assertEquals("\"counted o-1\"", result.payloadAsString());
        // The runtime's logger (core 1.4's LogLevel) writes a line logged without a level as UNDEFINED.
        assertTrue(result.logText().contains("\"message\":\"orders 1\",\"level\":\"UNDEFINED\""), result::logText);
    }
}
