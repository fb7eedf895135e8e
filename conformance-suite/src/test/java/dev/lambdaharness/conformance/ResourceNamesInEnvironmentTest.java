package dev.lambdaharness.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResourceNamesInEnvironmentTest {

    private static final String P = "dev.lambdaharness.conformance.fixtures.resources.violating.";
    private static final String TAIL = " [resource-names-in-environment, see docs/rules.md#resource-names-in-environment]";

    @Test
    void namesPassedToSdkV2BuildersAndV1CallsAreReportedWhereverTheCallIs() {
        assertThat(Violations.of(LambdaRules.RESOURCE_NAMES_IN_ENVIRONMENT, "resources.violating")).containsExactly(
                P + "LegacyOrders.handleRequest passes a hard-coded DynamoDB table name, \"orders\", to new PutItemRequest(String, Map) (LegacyOrders.java:21)" + TAIL,
                P + "LegacyOrders.handleRequest passes a hard-coded S3 bucket, \"receipts\", to AmazonS3.putObject(String, String, String) (LegacyOrders.java:22)" + TAIL,
                P + "OrderTable.save passes a hard-coded DynamoDB table name, \"orders\", to PutItemRequest.Builder.tableName(String) (OrderTable.java:16)" + TAIL,
                P + "Receipts.handleRequest passes a hard-coded S3 bucket, \"receipts\" (from Receipts.BUCKET), to GetObjectRequest.Builder.bucket(String) (Receipts.java:22)" + TAIL,
                P + "Receipts.handleRequest passes a hard-coded SQS queue URL, \"https://sqs.eu-west-1.amazonaws.com/123456789012/receipts\", to SendMessageRequest.Builder.queueUrl(String) (Receipts.java:23)" + TAIL);
    }

    @Test
    void namesFromTheEnvironmentLiteralDefaultsAndASuppressedMethodPass() {
        assertThat(Violations.of(LambdaRules.RESOURCE_NAMES_IN_ENVIRONMENT, "resources.compliant")).isEmpty();
    }

    @Test
    void theRuleIsPartOfAllAndLeavesTheConfigurationRuleAsItWas() {
        assertThat(Violations.of(LambdaRules.ALL, "resources.violating")).filteredOn(message -> message.endsWith(TAIL)).hasSize(5);
        assertThat(Violations.of(LambdaRules.CONFIGURATION_IN_ENVIRONMENT, "resources.compliant")).isEmpty();
    }
}
