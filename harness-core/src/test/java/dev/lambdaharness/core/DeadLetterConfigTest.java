package dev.lambdaharness.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DeadLetterConfigTest {

    @Test
    void defaultHasNoTarget() {
        FunctionConfig config = FunctionConfig.builder("a.B").build();

        assertThat(config.deadLetter()).isEqualTo(DeadLetterConfig.DEFAULT);
        assertThat(config.deadLetterTarget()).isEmpty();
    }

    @Test
    void aTargetThatIsNotAnArnIsRefusedWithLambdasCode() {
        DeadLetterConfig queueName = DeadLetterConfig.DEFAULT.withTargetArn("dead-letters");

        assertThatThrownBy(() -> FunctionConfig.builder("a.B").deadLetter(queueName).build())
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessage("deadLetterConfig.targetArn 'dead-letters' is not an ARN (InvalidParameterValueException)."
                        + " Give the full ARN, for example arn:aws:sqs:us-east-1:123456789012:failures.")
                .extracting(e -> ((InvalidConfigurationException) e).setting())
                .isEqualTo("deadLetterConfig.targetArn");
    }

    @Test
    void aTargetIsKeptAndEmulated() {
        FunctionConfig config = FunctionConfig.builder("a.B")
                .deadLetterTarget("arn:aws:sns:us-east-1:123456789012:dead").build();

        assertThat(config.deadLetter().targetArn()).contains("arn:aws:sns:us-east-1:123456789012:dead");
        assertThat(config.settingsNotEmulated()).isEmpty();
        assertThat(config.toBuilder().deadLetterTarget(null).build().deadLetter()).isEqualTo(DeadLetterConfig.DEFAULT);
    }
}
