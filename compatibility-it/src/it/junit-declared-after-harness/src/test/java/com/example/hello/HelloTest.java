package com.example.hello;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.junit.LambdaTest;
import org.junit.jupiter.api.Test;

@LambdaTest(handler = "com.example.hello.Hello::handleRequest")
class HelloTest {

    @Test
    void greets(LambdaFunction hello) {
        System.out.println("junit-jupiter-api version: " + Test.class.getPackage().getImplementationVersion());

        assertEquals("\"Hello, Ada\"", hello.invoke("\"Ada\"").payloadAsString());
    }
}
