package dev.lambdaharness.core.internal.child;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The heap the java17 runtime sets (runtime-facts §3.1). */
class LambdaHeapSizeTest {

    @Test
    void usesTheObservedValues() {
        assertThat(LambdaHeapSize.maxHeapKib(128)).isEqualTo(111_412);
        assertThat(LambdaHeapSize.maxHeapKib(512)).isEqualTo(445_645);
        assertThat(LambdaHeapSize.maxHeapKib(1024)).isEqualTo(891_289);
        assertThat(LambdaHeapSize.maxHeapKib(2048)).isEqualTo(1_848_320);
        assertThat(LambdaHeapSize.maxHeapKib(10240)).isEqualTo(10_237_952);
    }

    @Test
    void followsEightyFivePercentBelowAboutOnePointSixGigabytesAndMemoryLessTwoHundredFortyTwoMegabytesAbove() {
        assertThat(LambdaHeapSize.maxHeapKib(300)).isEqualTo(261_120); // 0.85 * 300 * 1024
        assertThat(LambdaHeapSize.maxHeapKib(3008)).isEqualTo((3008 - 242) * 1024L);
    }
}
