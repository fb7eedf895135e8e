package dev.lambdaharness.core;

import dev.lambdaharness.core.internal.config.FunctionLimits;
import java.util.Objects;
import java.util.Optional;

/**
 * Where Lambda sends an asynchronous event that failed every attempt, as the function's
 * {@code DeadLetterConfig} names it: an SQS queue or SNS topic ARN. It is checked when a
 * {@link FunctionConfig} is built with it, and warned about until asynchronous invocation is
 * emulated.
 *
 * <pre>{@code
 * FunctionConfig config = FunctionConfig.builder("com.example.Handler")
 *         .deadLetter(DeadLetterConfig.DEFAULT.withTargetArn("arn:aws:sqs:us-east-1:123456789012:dead"))
 *         .build();
 * }</pre>
 *
 * @param targetArn the queue or topic ARN, when set
 */
public record DeadLetterConfig(Optional<String> targetArn) {

    /** Lambda's default: no dead-letter target. */
    public static final DeadLetterConfig DEFAULT = new DeadLetterConfig(Optional.empty());

    /** Refuses a missing member; an unset target is an empty {@code Optional}. */
    public DeadLetterConfig {
        Objects.requireNonNull(targetArn, "targetArn");
    }

    /** This configuration with a target ARN, or none for {@code null}. */
    public DeadLetterConfig withTargetArn(String arn) {
        return new DeadLetterConfig(Optional.ofNullable(arn));
    }

    void check() {
        FunctionLimits.DEAD_LETTER_TARGET.check(targetArn);
    }
}
