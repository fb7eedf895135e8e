package dev.lambdaharness.junitversions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.junit.LambdaTest;
import org.junit.jupiter.api.RepeatedTest;

/** From Jupiter 5.12 a constructor's function under scope TEST is the test's own: each test starts cold. */
@LambdaTest(handler = "dev.lambdaharness.junitversions.handlers.Greeter", code = "target/test-classes")
class ConstructorParametersTest {

    private final LambdaFunction fromConstructor;

    ConstructorParametersTest(LambdaFunction greeter) {
        this.fromConstructor = greeter;
    }

    @RepeatedTest(2)
    void theConstructorsFunctionIsTheTests(LambdaFunction greeter) {
        assertThat(greeter).isSameAs(fromConstructor);
        assertThat(greeter.invoke("\"ada\"").payloadAsString()).isEqualTo("\"hello ada #1\"");
    }
}
