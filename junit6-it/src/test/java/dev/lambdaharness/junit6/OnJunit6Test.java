package dev.lambdaharness.junit6;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.junit.InvocationHistory;
import dev.lambdaharness.junit.LambdaTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** @LambdaTest as a user writes it, run by Surefire on the JUnit 6 engine. */
@LambdaTest(handler = "dev.lambdaharness.junit6.handlers.Greeter", code = "target/test-classes",
        environment = "GREETING=hi")
class OnJunit6Test {

    @Test
    void runsOnJunit6() {
        assertThat(Test.class.getPackage().getImplementationVersion()).startsWith("6.");
    }

    @Test
    void eachTestStartsCold(LambdaFunction greeter, InvocationHistory history) {
        assertThat(greeter.invoke("\"ada\"").payloadAsString()).isEqualTo("\"hi ada #1\"");
        assertThat(greeter.invoke("\"bob\"").payloadAsString()).isEqualTo("\"hi bob #2\"");
        assertThat(history.results()).hasSize(2);
        assertThat(history.logText()).contains("greeting ada", "greeting bob");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ada", "bob"})
    void eachInvocationOfAParameterizedTestStartsCold(String name, LambdaFunction greeter) {
        assertThat(greeter.invoke("\"" + name + "\"").payloadAsString()).isEqualTo("\"hi " + name + " #1\"");
    }
}
