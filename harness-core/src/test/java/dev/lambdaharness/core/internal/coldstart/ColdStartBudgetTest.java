package dev.lambdaharness.core.internal.coldstart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ColdStartBudgetTest {

    @Test
    void readsMillisecondsSecondsAndIsoDurations() {
        assertThat(ColdStartBudget.parse("budget", "800ms").limitMs(0)).isEqualTo(800);
        assertThat(ColdStartBudget.parse("budget", " 1.5 s ").limitMs(0)).isEqualTo(1500);
        assertThat(ColdStartBudget.parse("budget", "PT2S").limitMs(0)).isEqualTo(2000);
        assertThat(ColdStartBudget.parse("budget", "800ms").relative()).isFalse();
    }

    @Test
    void aShareAboveTheBaselineRaisesItsMedian() {
        ColdStartBudget budget = ColdStartBudget.parse("budget", "+20%");

        assertThat(budget.relative()).isTrue();
        assertThat(budget.limitMs(500)).isEqualTo(600);
    }

    @Test
    void whatIsNotADurationIsRefusedNamingTheParameterTheValueAndTheForms() {
        assertThatThrownBy(() -> ColdStartBudget.parse("lambdaharness.coldstart.budget", "fast"))
                .hasMessage("lambdaharness.coldstart.budget = 'fast' is not a duration or a share of the baseline;"
                        + " write it as 800ms, 1.5s, PT2S, or +20% (above the baseline's median).");
        assertThatThrownBy(() -> ColdStartBudget.parse("budget", "20%")).hasMessageContaining("'20%' is not a duration");
        assertThatThrownBy(() -> ColdStartBudget.parse("budget", "0ms")).hasMessageContaining("positive budget");
    }
}
