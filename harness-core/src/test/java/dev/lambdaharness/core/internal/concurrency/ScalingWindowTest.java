package dev.lambdaharness.core.internal.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScalingWindowTest {

    @Test
    void aFunctionStartsAtMostOneThousandEnvironmentsInAnyTenSeconds() {
        ScalingWindow window = new ScalingWindow();
        for (int i = 0; i < 1000; i++) {
            assertThat(window.tryStart(1_000 + i)).isTrue();
        }

        assertThat(window.tryStart(2_000)).isFalse();
        assertThat(window.tryStart(10_999)).isFalse();
        assertThat(window.roomAtMillis()).isEqualTo(11_000);
        assertThat(window.tryStart(11_000)).isTrue();
        assertThat(window.tryStart(11_000)).isFalse();
        assertThat(window.tryStart(11_001)).isTrue();
    }
}
