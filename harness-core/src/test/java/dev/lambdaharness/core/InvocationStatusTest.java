package dev.lambdaharness.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The spellings Lambda's platform lines use for how an invocation ended. */
class InvocationStatusTest {

    @Test
    void wireNamesAreLambdas() {
        assertThat(InvocationStatus.values()).extracting(InvocationStatus::wireName)
                .containsExactly("success", "error", "timeout");
    }
}
