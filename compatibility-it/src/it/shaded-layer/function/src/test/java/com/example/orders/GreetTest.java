package com.example.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lambdaharness.core.FunctionError;
import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.junit.Function;
import dev.lambdaharness.junit.LambdaTest;
import org.junit.jupiter.api.Test;

@LambdaTest(name = "withLayer", handler = "com.example.orders.Greet::handleRequest", code = "target/classes",
        layers = "../layer/target/greeting-layer-1.0-SNAPSHOT.jar")
@LambdaTest(name = "withoutLayer", handler = "com.example.orders.Greet::handleRequest", code = "target/classes")
class GreetTest {

    @Test
    void theFunctionWithItsLayerGreets(@Function("withLayer") LambdaFunction function) {
        InvocationResult result = function.invoke("\"Ada\"");

        assertTrue(result.succeeded(), result::toString);
        assertEquals("\"from the layer\"", result.payloadAsString());
    }

    @Test
    void theFunctionWithoutItsLayerFailsAsOnLambda(@Function("withoutLayer") LambdaFunction function) {
        InvocationResult result = function.invoke("\"Ada\"");

        FunctionError error = result.error().orElseThrow(() -> new AssertionError("succeeded without its layer: " + result));
        assertEquals("java.lang.NoClassDefFoundError", error.errorType().orElse(null), result::toString);
        assertEquals("com/example/layer/Greetings", error.errorMessage(), result::toString);
    }
}
