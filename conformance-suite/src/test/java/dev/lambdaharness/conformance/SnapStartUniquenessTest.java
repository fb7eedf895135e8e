package dev.lambdaharness.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SnapStartUniquenessTest {

    private static final String P = "dev.lambdaharness.conformance.fixtures.snapstart.violating.";
    private static final String TAIL = ": every environment restored from one SnapStart snapshot shares it"
            + " [snapstart-uniqueness, see docs/rules.md#snapstart-uniqueness]";

    @Test
    void idsGeneratorsAndTimesCapturedBeforeTheSnapshotAreReportedUnlessAfterRestoreRefreshesThem() {
        assertThat(Violations.of(LambdaRules.SNAPSTART_UNIQUENESS, "snapstart.violating")).containsExactly(
                P + "Primed.<init> captures Clock.instant() during INIT in field Primed.loaded (Primed.java:18)" + TAIL,
                P + "Primed.beforeCheckpoint captures new Random() before the checkpoint in field Primed.primed (Primed.java:23)" + TAIL,
                P + "TimedHandler.<init> captures System.currentTimeMillis() during INIT in field TimedHandler.started (TimedHandler.java:8)" + TAIL,
                P + "Tokens.<clinit> captures UUID.randomUUID() during INIT in static field Tokens.INSTANCE_ID (Tokens.java:12)" + TAIL,
                P + "Tokens.<init> captures SecureRandom.nextInt() during INIT in field Tokens.lucky (Tokens.java:18)" + TAIL,
                P + "Tokens.<init> captures new Random() during INIT in field Tokens.random (Tokens.java:14)" + TAIL);
    }

    @Test
    void valuesMadePerInvocationOrKeptInLocalsPass() {
        assertThat(Violations.of(LambdaRules.SNAPSTART_UNIQUENESS, "snapstart.compliant")).isEmpty();
    }

    @Test
    void snapStartIsNotPartOfTheDefaultSet() {
        assertThat(Violations.of(LambdaRules.ALL, "snapstart.violating")).isEmpty();
    }
}
