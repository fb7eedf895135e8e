package com.example.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.junit.LambdaTest;
import org.junit.jupiter.api.Test;

@LambdaTest(handler = "com.example.orders.Greet::handleRequest", name = "greeter")
class GreetTest {

    @Test
    void greetsTheNameItIsSent(LambdaFunction greet) {
        InvocationResult result = greet.invoke("{\"name\":\"Ada\"}");

        assertTrue(result.succeeded(), result::toString);
        assertEquals("\"Hello, Ada from greeter\"", result.payloadAsString());
        assertTrue(result.logText().contains("greeting Ada"), result::logText);
    }

    @Test
    void refusesAnEventWithoutName(LambdaFunction greet) {
        InvocationResult result = greet.invoke("{}");

        assertEquals("event without name", result.error().orElseThrow().errorMessage());
    }
}
