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
public record ArnSetting(String setting, boolean destination) {

    /** A setting that names any resource by ARN. */
    public ArnSetting(String setting) {
        this(setting, false);
    }

    /**
     * A destination of asynchronous invocations: an ARN, and not a FIFO queue or topic, which Lambda
     * does not deliver asynchronous invocation records to.
     */
    public static ArnSetting destination(String setting) {
        return new ArnSetting(setting, true);
    }

    /**
     * Refuses a value that is not an ARN (and, for a destination, a FIFO queue or topic); an empty
     * one, an unset target, passes.
     *
     * @throws InvalidConfigurationException naming the setting and showing a full ARN
     */
    public void check(Optional<String> value) {
        value.filter(arn -> !arn.startsWith("arn:")).ifPresent(arn -> {
            throw new InvalidConfigurationException(setting, arn, "InvalidParameterValueException",
                    setting + " '" + arn + "' is not an ARN (InvalidParameterValueException)."
                            + " Give the full ARN, for example arn:aws:sqs:us-east-1:123456789012:failures.");
        });
        value.filter(arn -> destination && (arn.startsWith("arn:aws:sqs:") || arn.startsWith("arn:aws:sns:"))
                && arn.endsWith(".fifo")).ifPresent(arn -> {
            throw new InvalidConfigurationException(setting, arn, "InvalidParameterValueException",
                    setting + " '" + arn + "' names a FIFO " + (arn.startsWith("arn:aws:sqs:") ? "queue" : "topic")
                            + ", which Lambda does not send asynchronous invocation records to"
                            + " (InvalidParameterValueException). Name a standard one, for example"
                            + " arn:aws:sqs:us-east-1:123456789012:failures.");
        });
    }
}
