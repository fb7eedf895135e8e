package dev.lambdaharness.core.internal.forked;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaharness.core.internal.child.PeakMemory;
import org.junit.jupiter.api.Test;

class LambdaProcessorsTest {

    @Test
    void followsLambdasThresholdsButNeverExceedsTheHost() {
        assertThat(LambdaProcessors.forMemory(128, 64)).isEqualTo(2);
        assertThat(LambdaProcessors.forMemory(3008, 64)).isEqualTo(2);
        assertThat(LambdaProcessors.forMemory(3009, 64)).isEqualTo(3);
        assertThat(LambdaProcessors.forMemory(8192, 64)).isEqualTo(5);
        assertThat(LambdaProcessors.forMemory(10240, 64)).isEqualTo(6);
        assertThat(LambdaProcessors.forMemory(10240, 2)).isEqualTo(2);
        assertThat(LambdaProcessors.forMemory(128, 1)).isEqualTo(1);
    }

    @Test
    void readsPeakResidentMemoryInMegabytesRoundedUp() {
        assertThat(PeakMemory.fromStatusLine("VmHWM:\t   1024 kB")).isEqualTo(1);
        assertThat(PeakMemory.fromStatusLine("VmHWM:\t   1025 kB")).isEqualTo(2);
        assertThat(PeakMemory.megabytes(ProcessHandle.current().pid())).isPresent();
    }
}
