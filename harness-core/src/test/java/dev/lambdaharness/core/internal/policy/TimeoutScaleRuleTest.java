package dev.lambdaharness.core.internal.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lambdaharness.core.InvalidConfigurationException;
import org.junit.jupiter.api.Test;

/** The one rule for a timeout scale. */
class TimeoutScaleRuleTest {

    @Test
    void aFiniteFactorOfAtLeastOneIsAScale() {
        assertThat(TimeoutScale.check(1.0)).isEqualTo(1.0);
        assertThat(TimeoutScale.check(2.5)).isEqualTo(2.5);
        assertThat(TimeoutScale.valid(1e6)).isTrue();
    }

    @Test
    void aFactorBelowOneInfiniteOrNotANumberIsRefusedNamingTheFix() {
        for (double factor : new double[] {0.99, 0, -2, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertThat(TimeoutScale.valid(factor)).as("%s", factor).isFalse();
            assertThatThrownBy(() -> TimeoutScale.check(factor))
                    .isInstanceOf(InvalidConfigurationException.class)
                    .hasMessage("timeoutScale " + factor + " is not valid: the scale stretches Lambda's time limits"
                            + " for slow machines, so it is a finite factor of at least 1 (1 keeps Lambda's limits)."
                            + " Use, for example, 2 on a CI runner that is twice as slow.")
                    .extracting(e -> ((InvalidConfigurationException) e).setting()).isEqualTo("timeoutScale");
        }
    }
}
