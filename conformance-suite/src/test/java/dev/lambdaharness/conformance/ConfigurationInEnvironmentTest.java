package dev.lambdaharness.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConfigurationInEnvironmentTest {

    private static final String P = "dev.lambdaharness.conformance.fixtures.configuration.violating.";
    private static final String TAIL = " [configuration-in-environment, see docs/rules.md#configuration-in-environment]";

    @Test
    void literalRegionsArnsAccountIdsAndSdkRegionConstantsAreReported() {
        assertThat(Violations.of(LambdaRules.CONFIGURATION_IN_ENVIRONMENT, "configuration.violating")).containsExactly(
                P + "Queues.<clinit> uses a hard-coded region, Region.EU_WEST_1 (Queues.java:10)" + TAIL,
                P + "Queues.orders holds a hard-coded ARN, \"arn:aws:sqs:eu-west-1:123456789012:orders\" (Queues.java:16)" + TAIL,
                P + "Queues.placement holds a hard-coded account id, \"123456789012\" (Queues.java:20)" + TAIL,
                P + "Queues.placement holds a hard-coded region, \"us-east-1\" (Queues.java:20)" + TAIL,
                P + "Queues.placement uses a hard-coded region, Regions.US_WEST_2 (Queues.java:20)" + TAIL);
    }

    @Test
    void valuesFromTheEnvironmentTheirDefaultsAndProsePass() {
        assertThat(Violations.of(LambdaRules.CONFIGURATION_IN_ENVIRONMENT, "configuration.compliant")).isEmpty();
    }
}
