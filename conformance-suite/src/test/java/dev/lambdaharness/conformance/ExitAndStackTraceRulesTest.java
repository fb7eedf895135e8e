package dev.lambdaharness.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExitAndStackTraceRulesTest {

    private static final String P = "dev.lambdaharness.conformance.fixtures.exit.violating.";

    @Test
    void exitsTwoCallsDeepAreReported() {
        String path = ", through " + P + "Shutdown.handleRequest -> " + P + "Guard.check -> " + P + "Stopper.stop [no-exit, see docs/rules.md#no-exit]";
        assertThat(Violations.of(LambdaRules.NO_EXIT, "exit.violating")).containsExactly(
                P + "Shutdown.handleRequest stops the JVM with Runtime.halt(int) in " + P + "Stopper.stop (Stopper.java:10)" + path,
                P + "Shutdown.handleRequest stops the JVM with System.exit(int) in " + P + "Stopper.stop (Stopper.java:9)" + path);
    }

    @Test
    void printedStackTracesAreReported() {
        assertThat(Violations.of(LambdaRules.NO_PRINT_STACK_TRACE, "exit.violating")).containsExactly(
                P + "Shutdown.handleRequest prints a stack trace to stderr with RuntimeException.printStackTrace() in " + P
                        + "Shutdown.handleRequest (Shutdown.java:14), through " + P + "Shutdown.handleRequest"
                        + " [no-print-stack-trace, see docs/rules.md#no-print-stack-trace]");
    }

    @Test
    void anExitNotReachableFromTheHandlerPasses() {
        assertThat(Violations.of(LambdaRules.NO_EXIT, "exit.compliant")).isEmpty();
        assertThat(Violations.of(LambdaRules.NO_PRINT_STACK_TRACE, "exit.compliant")).isEmpty();
    }
}
