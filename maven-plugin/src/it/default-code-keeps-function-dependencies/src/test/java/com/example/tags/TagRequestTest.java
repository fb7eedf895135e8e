package com.example.tags;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.core.Isolation;
import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.junit.LambdaTest;
import org.junit.jupiter.api.Test;

@LambdaTest(handler = "com.example.tags.TagRequest::handleRequest", isolation = Isolation.IN_PROCESS)
class TagRequestTest {

    @Test
    void usesItsOwnUtilsLiteAndByteBuddyInProcess(LambdaFunction tag) {
        InvocationResult result = tag.invoke("\"request-7\"");

        assertTrue(result.succeeded(), result::toString);
        assertEquals("\"request-7 com.example.tags.Tag\"", result.payloadAsString());
    }
}
