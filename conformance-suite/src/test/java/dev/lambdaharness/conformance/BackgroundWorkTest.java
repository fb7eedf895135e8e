package dev.lambdaharness.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BackgroundWorkTest {

    private static final String P = "dev.lambdaharness.conformance.fixtures.background.violating.";
    private static final String TAIL = " [background-work-finishes, see docs/rules.md#background-work-finishes]";

    @Test
    void threadsAndExecutorsLeftRunningAreReportedIncludingOneInAnotherClass() {
        assertThat(Violations.of(LambdaRules.BACKGROUND_WORK_FINISHES, "background.violating")).containsExactly(
                P + "Ship.handleRequest creates an executor that nothing on the invocation path shuts down, with Executors.newFixedThreadPool(int) in "
                        + P + "Shipper.shipAll (Shipper.java:9), through " + P + "Ship.handleRequest -> " + P + "Shipper.shipAll" + TAIL,
                P + "Ship.handleRequest starts a thread that nothing on the invocation path joins, with Thread.start() in "
                        + P + "Ship.handleRequest (Ship.java:12), through " + P + "Ship.handleRequest" + TAIL);
    }

    @Test
    void workThatIsJoinedOrShutDownOnThePathPasses() {
        assertThat(Violations.of(LambdaRules.BACKGROUND_WORK_FINISHES, "background.compliant")).isEmpty();
    }
}
