package com.example.orders;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.junit.LambdaTest;
import org.junit.jupiter.api.Test;

@LambdaTest(handler = "com.example.orders.RecordOrder::handleRequest",
        environment = "ORDERS_QUEUE=https://sqs.eu-west-1.amazonaws.com/123456789012/orders")
class RecordOrderTest {

    private static final String ORDER = "{\"sku\":\"A-1\",\"quantity\":2}";

    @Test
    void sendsTheOrderToItsQueueThroughTheTracedClient(LambdaFunction recordOrder) {
        InvocationResult result = recordOrder.invoke(ORDER);

        assertAll(
                () -> assertTrue(result.succeeded(), result::toString),
                () -> assertEquals("{\"queue\":\"https://sqs.eu-west-1.amazonaws.com/123456789012/orders\","
                        + "\"body\":\"{\\\"sku\\\":\\\"A-1\\\",\\\"quantity\\\":2}\",\"interceptors\":1}",
                        result.payloadAsString()),
                () -> assertTrue(result.logText().contains("recorded A-1"), result::logText));
    }

    @Test
    void refusesAnOrderWithoutSku(LambdaFunction recordOrder) {
        InvocationResult result = recordOrder.invoke("{\"quantity\":2}");

        assertEquals("order without sku", result.error().orElseThrow().errorMessage());
    }
}
