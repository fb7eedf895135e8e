package com.example.visibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lambdaharness.core.Isolation;
import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.junit.LambdaTest;
import java.lang.management.ManagementFactory;
import java.util.List;
import org.junit.jupiter.api.Test;

@LambdaTest(handler = "com.example.visibility.Visible::handleRequest", isolation = Isolation.IN_PROCESS)
class VisibleTest {

    @Test
    void theTestJvmGotBothArguments() {
        List<String> arguments = ManagementFactory.getRuntimeMXBean().getInputArguments();

        assertTrue(arguments.stream().anyMatch(a -> a.startsWith("-Dlambdaharness.functionCode=")), arguments::toString);
        assertTrue(arguments.stream().anyMatch(a -> a.startsWith("-javaagent:") && a.contains("jacoco")), arguments::toString);
    }

    @Test
    void theFunctionSeesItsRuntimeDependencies(LambdaFunction visible) {
        assertEquals("\"visible\"", visible.invoke("\"software.amazon.awssdk.utilslite.SdkInternalThreadLocal\"").payloadAsString());
    }

    /** Byte Buddy is on the test class path, with test scope: not in the deployment package, so not in the function. */
    @Test
    void theFunctionDoesNotSeeTestScopedLibraries(LambdaFunction visible) throws ClassNotFoundException {
        Class.forName("net.bytebuddy.ByteBuddy");

        assertEquals("\"absent\"", visible.invoke("\"net.bytebuddy.ByteBuddy\"").payloadAsString());
    }
}
