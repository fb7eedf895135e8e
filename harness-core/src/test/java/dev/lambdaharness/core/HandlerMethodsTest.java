package dev.lambdaharness.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.Context;
import org.junit.jupiter.api.Test;

/** The exported face of the runtime's handler resolution; its rules are tested in {@code internal.handler.HandlerMethodTest}. */
class HandlerMethodsTest {

    @Test
    void resolvesAsTheRuntimeAndSaysWhyNotInTheRuntimesWords() throws Exception {
        ClassLoader loader = getClass().getClassLoader();

        assertThat(HandlerMethods.resolve("dev.lambdaharness.core.probe.Overloads::handle", loader))
                .isEqualTo(Class.forName("dev.lambdaharness.core.probe.Overloads").getMethod("handle", String.class, Context.class));
        assertThatThrownBy(() -> HandlerMethods.resolve("com.example.Missing", loader))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Class not found: com.example.Missing");
    }
}
