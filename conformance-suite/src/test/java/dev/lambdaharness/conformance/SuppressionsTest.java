package dev.lambdaharness.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SuppressionsTest {

    private static final String P = "dev.lambdaharness.conformance.fixtures.suppressed.";

    @Test
    void aSuppressionWithAReasonSuppressesAndOneWithoutDoesNot() {
        assertThat(Violations.of(LambdaRules.NO_EXIT, "suppressed")).containsExactly(
                P + "Unexplained.handleRequest stops the JVM with System.exit(int) in " + P + "Exits.now (Exits.java:13), through "
                        + P + "Unexplained.handleRequest -> " + P + "Exits.now [no-exit, see docs/rules.md#no-exit]");
    }

    @Test
    void aSuppressionOnTheMethodWhereTheFindingIsSuppressesIt() {
        assertThat(Violations.of(LambdaRules.NO_PRINT_STACK_TRACE, "suppressed")).isEmpty();
    }

    @Test
    void suppressionsWithoutAReasonOrNamingNoRuleAreViolations() {
        assertThat(Violations.of(LambdaRules.SUPPRESSIONS_STATE_A_REASON, "suppressed")).containsExactly(
                "@SuppressLambdaRule on " + P + "Unexplained names rule \"no-exits\", which does not exist: name one of clients-created-during-init,"
                        + " no-synchronous-lambda-invoke, no-self-invocation, no-exit, no-hard-coded-credentials,"
                        + " configuration-in-environment, resource-names-in-environment, handlers-loadable, handler-methods-thin,"
                        + " logic-outside-runtime-classes, no-print-stack-trace,"
                        + " no-state-between-invocations, background-work-finishes, files-under-tmp, snapstart-uniqueness,"
                        + " suppressions-state-a-reason [suppressions-state-a-reason, see docs/rules.md#suppressions-state-a-reason]",
                "@SuppressLambdaRule(rule = \"no-exit\") on " + P + "Unexplained states no reason, so it suppresses nothing:"
                        + " say in reason = \"...\" why the rule does not apply here [suppressions-state-a-reason, see docs/rules.md#suppressions-state-a-reason]");
    }
}
