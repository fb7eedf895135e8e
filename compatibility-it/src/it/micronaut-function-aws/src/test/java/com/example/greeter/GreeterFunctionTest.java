package com.example.greeter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lambdaharness.core.FunctionError;
import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.junit.LambdaTest;
import java.util.Optional;
import org.junit.jupiter.api.Test;

@LambdaTest(handler = "com.example.greeter.GreetHandler::handleRequest",
        memory = 512, timeout = 30)
class GreeterFunctionTest {

    @Test
    void greetsOnAColdStartThenAWarmOneAndReportsItsErrorAsLambdaDoes(LambdaFunction greeter) {
        InvocationResult cold = greeter.invoke("\"Ada\"");
        InvocationResult warm = greeter.invoke("\"Grace\"");
        System.out.println(cold.logText());

        assertTrue(cold.succeeded(), cold::toString);
        assertEquals("\"Hello, Ada\"", cold.payloadAsString());
        assertTrue(cold.report().coldStart(), cold.report()::toString);
        assertTrue(cold.report().initDurationMs().isPresent(), cold.report()::toString);

        assertTrue(warm.succeeded(), warm::toString);
        assertEquals("\"Hello, Grace\"", warm.payloadAsString());
        assertFalse(warm.report().coldStart(), warm.report()::toString);
        assertFalse(warm.report().initDurationMs().isPresent(), warm.report()::toString);

        FunctionError error = greeter.invoke("\"  \"").error().orElseThrow();
        assertEquals("nobody to greet", error.errorMessage());
        assertEquals(Optional.of("java.lang.IllegalArgumentException"), error.errorType());
    }
}
