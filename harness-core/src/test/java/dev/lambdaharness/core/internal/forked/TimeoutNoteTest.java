package dev.lambdaharness.core.internal.forked;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimeoutNoteTest {

    @Test
    void saysWhetherTheEnvironmentWasColdOrWarmAndHowLongTheHarnessWaited() {
        assertThat(TimeoutNote.of("orders", "3", true, 3012, 3000, 0.5, 2)).isEqualTo("Function orders, environment 3: the"
                + " invocation timed out on a cold environment; the harness waited 3012 ms for the child JVM (limit 3000 ms,"
                + " INIT included).");
        assertThat(TimeoutNote.of("orders", "4", false, 1001, 1000, 2.0, 2)).isEqualTo("Function orders, environment 4: the"
                + " invocation timed out on a warm environment; the harness waited 1001 ms for the child JVM (limit 1000 ms).");
    }

    @Test
    void namesTheTimeoutScaleWhenTheLoadAverageIsAboveTheProcessorCount() {
        String note = TimeoutNote.of("orders", "3", false, 30000, 30000, 47.1, 2);

        assertThat(note).contains("The load average (47.10) is above this machine's 2 processors")
                .endsWith("stretch the limits with the timeout scale (-Dlambdaharness.timeout.scale=2,"
                        + " or LambdaRuntime.builder().timeoutScale(2)).");
        assertThat(TimeoutNote.of("orders", "3", false, 30000, 30000, -1.0, 2)).doesNotContain("load average");
    }
}
