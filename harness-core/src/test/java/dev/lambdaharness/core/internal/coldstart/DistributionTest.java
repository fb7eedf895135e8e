package dev.lambdaharness.core.internal.coldstart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DistributionTest {

    @Test
    void percentilesAreNearestRankSoEachIsAMeasuredValue() {
        Distribution ten = Distribution.of(List.of(10.0, 1.0, 9.0, 2.0, 8.0, 3.0, 7.0, 4.0, 6.0, 5.0));

        assertThat(ten).isEqualTo(new Distribution(10, 1, 5, 9, 10));
        assertThat(ten.spread()).isEqualTo(9);
    }

    @Test
    void withFewRunsTheNinetiethPercentileIsTheGreatest() {
        assertThat(Distribution.of(List.of(420.0, 400.0))).isEqualTo(new Distribution(2, 400, 400, 420, 420));
        assertThat(Distribution.of(List.of(7.0))).isEqualTo(new Distribution(1, 7, 7, 7, 7));
    }
}
