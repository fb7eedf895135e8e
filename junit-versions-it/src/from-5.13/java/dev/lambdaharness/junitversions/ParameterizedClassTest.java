package dev.lambdaharness.junitversions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.junit.LambdaTest;
import dev.lambdaharness.junit.RuntimeScope;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

/** From Jupiter 5.13, each invocation of a @ParameterizedClass is a class of its own: under scope CLASS, a runtime each. */
@LambdaTest(handler = "dev.lambdaharness.junitversions.handlers.Greeter", code = "target/test-classes",
        scope = RuntimeScope.CLASS)
@ParameterizedClass
@ValueSource(strings = {"ada", "bob"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ParameterizedClassTest {

    @Parameter
    String name;

    @Test
    @Order(1)
    void first(LambdaFunction greeter) {
        assertThat(greeter.invoke("\"" + name + "\"").payloadAsString()).isEqualTo("\"hello " + name + " #1\"");
    }

    @Test
    @Order(2)
    void secondIsWarm(LambdaFunction greeter) {
        assertThat(greeter.invoke("\"" + name + "\"").payloadAsString()).isEqualTo("\"hello " + name + " #2\"");
    }
}
