package dev.lambdaharness.core;

import dev.lambdaharness.core.internal.config.FunctionLimits;
import dev.lambdaharness.core.internal.esm.SqsLimits;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A local SQS queue's attributes, as {@code CreateQueue} sets them: its name (a {@code .fifo}
 * suffix makes it a FIFO queue), the visibility timeout, the delivery delay, content-based
 * deduplication (FIFO only) and a redrive policy to a dead-letter queue. Unset members take SQS's
 * defaults (visibility timeout 30 s, no delay, no redrive).
 *
 * <pre>{@code
 * SqsQueue dlq = runtime.sqsQueue(SqsQueueConfig.builder("orders-dlq").build());
 * SqsQueue orders = runtime.sqsQueue(SqsQueueConfig.builder("orders")
 *         .visibilityTimeout(Duration.ofSeconds(60))
 *         .redrive(dlq, 5)
 *         .build());
 * }</pre>
 *
 * @param name the queue's name, 1 to 80 letters, digits, hyphens and underscores (plus {@code .fifo})
 * @param region the queue's region, for its ARN
 * @param accountId the queue's account, for its ARN
 * @param visibilityTimeoutSeconds how long a received message stays invisible, 0 to 43200 s
 * @param delaySeconds how long a sent message waits before it can be received, 0 to 900 s
 * @param contentBasedDeduplication whether a FIFO queue deduplicates by the body's SHA-256
 * @param deadLetterQueueName the queue a message moves to after {@code maxReceiveCount} receives, when set
 * @param maxReceiveCount the receives before a message moves to the dead-letter queue, 1 to 1000, when set
 */
public record SqsQueueConfig(String name, String region, String accountId, int visibilityTimeoutSeconds,
        int delaySeconds, boolean contentBasedDeduplication, Optional<String> deadLetterQueueName,
        OptionalInt maxReceiveCount) {

    /** SQS's default visibility timeout. */
    public static final int DEFAULT_VISIBILITY_TIMEOUT_SECONDS = 30;

    /** Refuses a value SQS would refuse, with its error code. */
    public SqsQueueConfig {
        Objects.requireNonNull(deadLetterQueueName, "deadLetterQueueName");
        Objects.requireNonNull(maxReceiveCount, "maxReceiveCount");
        SqsLimits.queueName(name);
        FunctionLimits.REGION.check(region);
        SqsLimits.VISIBILITY_TIMEOUT.check(visibilityTimeoutSeconds);
        SqsLimits.DELAY.check(delaySeconds);
        if (contentBasedDeduplication && !name.endsWith(".fifo")) {
            throw SqsLimits.invalidAttribute("ContentBasedDeduplication", "true", "Queue '" + name + "' is a standard"
                    + " queue, and only a FIFO queue deduplicates: name it with a .fifo suffix, or leave"
                    + " contentBasedDeduplication out.");
        }
        maxReceiveCount.ifPresent(SqsLimits.MAX_RECEIVE_COUNT::check);
    }

    /** Whether it is a FIFO queue: its name ends in {@code .fifo}. */
    public boolean fifo() {
        return name.endsWith(".fifo");
    }

    /** The queue's ARN. */
    public String arn() {
        return "arn:aws:sqs:" + region + ":" + accountId + ":" + name;
    }

    /** The visibility timeout as a duration. */
    public Duration visibilityTimeout() {
        return Duration.ofSeconds(visibilityTimeoutSeconds);
    }

    /** Starts a configuration of a queue named {@code name}, in {@code us-east-1} of account {@code 123456789012}. */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /**
     * Builds a {@link SqsQueueConfig}.
     *
     * <pre>{@code
     * SqsQueueConfig config = SqsQueueConfig.builder("orders.fifo").contentBasedDeduplication(true).build();
     * }</pre>
     */
    public static final class Builder {
        private final String name;
        private String region = "us-east-1";
        private String accountId = "123456789012";
        private int visibilityTimeoutSeconds = DEFAULT_VISIBILITY_TIMEOUT_SECONDS;
        private int delaySeconds;
        private boolean contentBasedDeduplication;
        private String deadLetterQueueName;
        private Integer maxReceiveCount;

        private Builder(String name) {
            this.name = name;
        }

        /** The region of the queue's ARN. */
        public Builder region(String region) {
            this.region = region;
            return this;
        }

        /** The account of the queue's ARN. */
        public Builder accountId(String accountId) {
            this.accountId = accountId;
            return this;
        }

        /** How long a received message stays invisible, 0 to 12 hours, in whole seconds. */
        public Builder visibilityTimeout(Duration timeout) {
            this.visibilityTimeoutSeconds = (int) Math.min(Integer.MAX_VALUE, timeout.toSeconds());
            return this;
        }

        /** How long each sent message waits before it can be received, 0 to 15 minutes, in whole seconds. */
        public Builder delay(Duration delay) {
            this.delaySeconds = (int) Math.min(Integer.MAX_VALUE, delay.toSeconds());
            return this;
        }

        /** Deduplicates messages sent without a deduplication id by the SHA-256 of their body (FIFO only). */
        public Builder contentBasedDeduplication(boolean on) {
            this.contentBasedDeduplication = on;
            return this;
        }

        /**
         * Moves a message to {@code deadLetterQueue} when it would be received more than
         * {@code maxReceiveCount} times. A FIFO queue needs a FIFO dead-letter queue, a standard
         * queue a standard one, as SQS requires.
         */
        public Builder redrive(SqsQueue deadLetterQueue, int maxReceiveCount) {
            Objects.requireNonNull(deadLetterQueue, "deadLetterQueue");
            if (deadLetterQueue.config().fifo() != name.endsWith(".fifo")) {
                throw SqsLimits.invalidAttribute("RedrivePolicy", deadLetterQueue.arn(), "Queue '" + name + "' and its"
                        + " dead-letter queue '" + deadLetterQueue.config().name() + "' must both be FIFO or both be"
                        + " standard queues, as SQS requires. Give the dead-letter queue a name that matches.");
            }
            this.deadLetterQueueName = deadLetterQueue.config().name();
            this.maxReceiveCount = maxReceiveCount;
            return this;
        }

        /**
         * Creates the configuration.
         *
         * @throws InvalidConfigurationException when an attribute is out of SQS's range
         */
        public SqsQueueConfig build() {
            return new SqsQueueConfig(name, region, accountId, visibilityTimeoutSeconds, delaySeconds,
                    contentBasedDeduplication, Optional.ofNullable(deadLetterQueueName),
                    maxReceiveCount == null ? OptionalInt.empty() : OptionalInt.of(maxReceiveCount));
        }
    }
}
