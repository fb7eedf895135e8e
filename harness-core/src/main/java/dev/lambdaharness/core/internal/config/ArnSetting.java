package dev.lambdaharness.core.internal.config;

import dev.lambdaharness.core.InvalidConfigurationException;
import java.util.Optional;

/**
 * A setting that names another resource by its ARN, such as a destination or a dead-letter queue.
 *
 * <pre>{@code
 * new ArnSetting("deadLetterConfig.targetArn").check(Optional.of("my-queue"));
 * // deadLetterConfig.targetArn 'my-queue' is not an ARN (InvalidParameterValueException). ...
 * }</pre>
 *
 * @param setting the setting's name as Lambda's API spells it
 */
public record ArnSetting(String setting) {

    /**
     * Refuses a value that is not an ARN; an empty one, an unset target, passes.
     *
     * @throws InvalidConfigurationException naming the setting and showing a full ARN
     */
    public void check(Optional<String> value) {
        value.filter(arn -> !arn.startsWith("arn:")).ifPresent(arn -> {
            throw new InvalidConfigurationException(setting, arn, "InvalidParameterValueException",
                    setting + " '" + arn + "' is not an ARN (InvalidParameterValueException)."
                            + " Give the full ARN, for example arn:aws:sqs:us-east-1:123456789012:failures.");
        });
    }
}
