package dev.lambdaharness.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HardCodedCredentialsTest {

    private static final String P = "dev.lambdaharness.conformance.fixtures.credentials.violating.";
    private static final String TAIL = " [no-hard-coded-credentials, see docs/rules.md#no-hard-coded-credentials]";

    @Test
    void accessKeyIdsAndLiteralSecretsPassedToSdkV1AndV2AreReportedMasked() {
        assertThat(Violations.of(LambdaRules.NO_HARD_CODED_CREDENTIALS, "credentials.violating")).containsExactly(
                "Class " + P + "Keys holds a hard-coded AWS access key id, AKIA****************" + TAIL,
                P + "Keys.v1 passes a hard-coded secret access key to new BasicAWSCredentials(String, String) (Keys.java:19)" + TAIL,
                P + "Keys.v2 passes a hard-coded secret access key to AwsBasicCredentials.create(String, String) (Keys.java:15)" + TAIL);
    }

    @Test
    void keysFromTheEnvironmentAndKeyLikeSubstringsPass() {
        assertThat(Violations.of(LambdaRules.NO_HARD_CODED_CREDENTIALS, "credentials.compliant")).isEmpty();
    }
}
