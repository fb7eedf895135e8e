package dev.lambdaharness.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LambdaInvokeRulesTest {

    private static final String P = "dev.lambdaharness.conformance.fixtures.invoke.violating.";

    @Test
    void synchronousInvokesAreReportedForSdkV2TwoCallsDeepAndForSdkV1() {
        assertThat(Violations.of(LambdaRules.forHandlers(P + "LegacyCheckout::handle"), "invoke.violating")).containsExactly(
                P + "Checkout.handleRequest invokes a function synchronously with LambdaClient.invoke(InvokeRequest) in " + P
                        + "Gateway.call (Gateway.java:15), through " + P + "Checkout.handleRequest -> " + P + "Billing.charge -> " + P + "Gateway.call"
                        + " [no-synchronous-lambda-invoke, see docs/rules.md#no-synchronous-lambda-invoke]",
                P + "LegacyCheckout.handle invokes a function synchronously with AWSLambda.invoke(InvokeRequest) in " + P
                        + "LegacyCheckout.handle (LegacyCheckout.java:13), through " + P + "LegacyCheckout.handle"
                        + " [no-synchronous-lambda-invoke, see docs/rules.md#no-synchronous-lambda-invoke]",
                P + "Paginate.handleRequest invokes its own function with LambdaClient.invoke(Consumer) in " + P
                        + "Pager.next (Pager.java:14), through " + P + "Paginate.handleRequest -> " + P + "Pager.next"
                        + " [no-self-invocation, see docs/rules.md#no-self-invocation]");
    }

    @Test
    void anAsynchronousInvokeOfItsOwnNameIsRecursionButNotSynchronous() {
        assertThat(Violations.of(LambdaRules.NO_SYNCHRONOUS_LAMBDA_INVOKE, "invoke.violating"))
                .noneMatch(message -> message.startsWith(P + "Paginate"));
        assertThat(Violations.of(LambdaRules.NO_SELF_INVOCATION, "invoke.violating")).hasSize(1);
    }

    @Test
    void eventInvokesThroughTheV2EnumAndTheV1StringPass() {
        assertThat(Violations.of(LambdaRules.NO_SYNCHRONOUS_LAMBDA_INVOKE, "invoke.compliant")).isEmpty();
        assertThat(Violations.of(LambdaRules.NO_SELF_INVOCATION, "invoke.compliant")).isEmpty();
    }
}
