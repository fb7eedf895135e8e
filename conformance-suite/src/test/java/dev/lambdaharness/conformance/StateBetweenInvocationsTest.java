package dev.lambdaharness.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StateBetweenInvocationsTest {

    private static final String P = "dev.lambdaharness.conformance.fixtures.state.violating.";
    private static final String TAIL = " [no-state-between-invocations, see docs/rules.md#no-state-between-invocations]";

    @Test
    void writesToTheHandlerInstanceAndToStaticsTwoCallsDeepAreReported() {
        assertThat(Violations.of(LambdaRules.NO_STATE_BETWEEN_INVOCATIONS, "state.violating")).containsExactly(
                P + "Greeter.handleRequest writes field Greeter.invocations of the handler instance in " + P
                        + "Greeter.handleRequest (Greeter.java:13), through " + P + "Greeter.handleRequest" + TAIL,
                P + "Greeter.handleRequest writes static field Sessions.lastUser in " + P + "Sessions.remember (Sessions.java:11), through "
                        + P + "Greeter.handleRequest -> " + P + "Audit.record -> " + P + "Sessions.remember" + TAIL);
    }

    @Test
    void declaredCachesAndConstructorsPass() {
        assertThat(Violations.of(LambdaRules.NO_STATE_BETWEEN_INVOCATIONS, "state.compliant")).isEmpty();
        assertThat(Violations.of(LambdaRules.SUPPRESSIONS_STATE_A_REASON, "state.compliant")).isEmpty();
    }
}
