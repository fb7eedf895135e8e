package com.example.orders;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.core.Isolation;
import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.junit.LambdaTest;
import org.junit.jupiter.api.Test;

@LambdaTest(handler = "com.example.orders.WhichRuntime::handleRequest", isolation = Isolation.FORKED)
class WhichRuntimeTest {

    @Test
    void theHarnessesRuntimeClientRunsTheFunctionNotTheDeclaredOne(LambdaFunction function) {
        InvocationResult result = function.invoke("{}");

        assertTrue(result.succeeded(), result::toString);
        String jar = result.payloadAsString();
        System.out.println("runtime interface client jar: " + jar);
        assertTrue(jar.contains("aws-lambda-java-runtime-interface-client"), jar);
        assertFalse(jar.contains("2.8.7"), jar);
    }
}
