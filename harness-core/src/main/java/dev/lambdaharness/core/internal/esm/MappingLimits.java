package dev.lambdaharness.core.internal.esm;

import dev.lambdaharness.core.InvalidConfigurationException;
import dev.lambdaharness.core.internal.config.IntRange;

/**
 * Lambda's limits on an event source mapping's settings ({@code CreateEventSourceMapping}): the
 * ranges its API model checks ({@code ValidationException}) and the rules per source its service
 * checks ({@code InvalidParameterValueException}).
 *
 * <pre>{@code
 * MappingLimits.BATCH_SIZE.check(0); // ValidationException
 * }</pre>
 */
public final class MappingLimits {

    /**
     * The service's answer to a {@code StartingPosition} on an Amazon MQ mapping: UNCONFIRMED (see
     * docs/fidelity.md), taken to be SQS's with the service's name.
     */
    public static final String MQ_STARTING_POSITION_MESSAGE = "StartingPosition is not valid for %s event sources.";

    /** {@code BatchSize}, whatever the source. */
    public static final IntRange BATCH_SIZE = new IntRange("BatchSize", 1, 10_000, "records");
    /** {@code MaximumBatchingWindowInSeconds}. */
    public static final IntRange BATCHING_WINDOW = new IntRange("MaximumBatchingWindowInSeconds", 0, 300, "seconds");
    /** {@code ScalingConfig.MaximumConcurrency} (SQS). */
    public static final IntRange MAXIMUM_CONCURRENCY = new IntRange("ScalingConfig.MaximumConcurrency", 2, 1000,
            "concurrent batches");
    /** {@code ParallelizationFactor} (streams). */
    public static final IntRange PARALLELIZATION_FACTOR = new IntRange("ParallelizationFactor", 1, 10, "batches per shard");
    /** {@code MaximumRetryAttempts} (streams), −1 for unlimited. */
    public static final IntRange MAXIMUM_RETRY_ATTEMPTS = new IntRange("MaximumRetryAttempts", -1, 10_000, "retries");
    /** {@code MaximumRecordAgeInSeconds} (streams), −1 for unlimited. */
    public static final IntRange MAXIMUM_RECORD_AGE = new IntRange("MaximumRecordAgeInSeconds", -1, 604_800, "seconds");
    /** {@code TumblingWindowInSeconds} (streams), 0 for none. */
    public static final IntRange TUMBLING_WINDOW = new IntRange("TumblingWindowInSeconds", 0, 900, "seconds");
    /** The shortest maximum record age besides −1. */
    public static final int MIN_MAXIMUM_RECORD_AGE = 60;
    /** A stream's default batch size. */
    public static final int STREAM_DEFAULT_BATCH_SIZE = 100;
    /** The largest batch of a FIFO queue. */
    public static final int MAX_FIFO_BATCH_SIZE = 10;
    /** The largest batch without a batching window (SQS and streams). */
    public static final int MAX_BATCH_WITHOUT_WINDOW = 10;
    /** SQS's default batch size. */
    public static final int SQS_DEFAULT_BATCH_SIZE = 10;
    /** The batching window of Kafka and Amazon MQ mappings unless one is set. */
    public static final java.time.Duration BROKER_DEFAULT_WINDOW = java.time.Duration.ofMillis(500);
    /** The filters one mapping may have (Lambda's default quota). */
    public static final int MAX_FILTERS = 5;
    /** The longest filter pattern. */
    public static final int MAX_FILTER_PATTERN_LENGTH = 4096;

    private MappingLimits() {
    }

    /** Refuses a batch size an SQS mapping cannot have with this window and queue type. */
    public static void sqsBatch(String queueName, boolean fifo, int batchSize, int windowSeconds) {
        if (fifo && batchSize > MAX_FIFO_BATCH_SIZE) {
            throw invalid("BatchSize", Integer.toString(batchSize), "BatchSize " + batchSize + " is too large for FIFO"
                    + " queue '" + queueName + "': Lambda accepts 1 to " + MAX_FIFO_BATCH_SIZE + " for a FIFO queue"
                    + " (InvalidParameterValueException: Batch size must be between 1 and 10 for FIFO queues). Set"
                    + " BatchSize between 1 and 10.");
        }
        if (batchSize > MAX_BATCH_WITHOUT_WINDOW && windowSeconds == 0) {
            throw invalid("BatchSize", Integer.toString(batchSize), "BatchSize " + batchSize + " needs a batching window:"
                    + " above " + MAX_BATCH_WITHOUT_WINDOW + ", Lambda requires MaximumBatchingWindowInSeconds of 1 to"
                    + " 300 (InvalidParameterValueException: Maximum batch window in seconds must be greater than 0 if"
                    + " maximum batch size is greater than 10). Set a window, or a batch size of 10 or less.");
        }
    }

    /** Refuses a stream setting given to an SQS mapping. */
    public static void notForQueues(boolean given, String setting) {
        if (given) {
            throw invalid(setting, "set", setting + " is for stream mappings (Kinesis, DynamoDB), not SQS"
                    + " (InvalidParameterValueException: Unsupported " + setting + " for this event source). Leave it"
                    + " out; an SQS queue's redrive policy and visibility timeout do that work.");
        }
    }

    /** Refuses a setting a Kafka or Amazon MQ mapping does not take. */
    public static void notFor(String source, boolean given, String setting, String why) {
        if (given) {
            throw invalid(setting, "set", setting + " is not a setting of " + source + " mapping"
                    + " (InvalidParameterValueException: Unsupported " + setting + " for this event source): " + why
                    + ". Leave it out.");
        }
    }

    /**
     * Refuses {@code AT_TIMESTAMP} for a source other than Kinesis, {@code AT_TIMESTAMP} without
     * {@code StartingPositionTimestamp}, and a timestamp with another position.
     *
     * @param source the source, as a message names it ("an SQS queue", "a DynamoDB stream"), or null for Kinesis
     */
    public static void startingPosition(String source, boolean atTimestamp, java.time.Instant timestamp) {
        if (atTimestamp && source != null) {
            throw invalid("StartingPosition", "AT_TIMESTAMP", "StartingPosition AT_TIMESTAMP is not accepted for "
                    + source + ": Lambda takes it for Kinesis (and Kafka and DocumentDB) only"
                    + " (InvalidParameterValueException: Unsupported starting position for this event source)."
                    + " Use TRIM_HORIZON or LATEST.");
        }
        if (atTimestamp && timestamp == null) {
            throw invalid("StartingPositionTimestamp", "missing", "StartingPosition AT_TIMESTAMP needs a"
                    + " StartingPositionTimestamp (InvalidParameterValueException). Set startingPositionTimestamp(instant).");
        }
        if (!atTimestamp && timestamp != null) {
            throw invalid("StartingPositionTimestamp", timestamp.toString(), "StartingPositionTimestamp " + timestamp
                    + " is only read with StartingPosition AT_TIMESTAMP (InvalidParameterValueException). Set"
                    + " startingPosition(AT_TIMESTAMP), or leave the timestamp out.");
        }
    }

    /**
     * Refuses a {@code StartingPosition} (or its timestamp) given to a queue's mapping, which reads
     * what the queue holds: "StartingPosition is not valid for SQS event sources." is the service's
     * answer for SQS; Amazon MQ's is taken to be the same with its name ({@link #MQ_STARTING_POSITION_MESSAGE}).
     *
     * @param service the service as the message names it ("SQS", "Amazon MQ")
     * @param source the source as the explanation names it ("an SQS queue")
     * @param position the position given, or null
     * @param timestamp the timestamp given, or null
     */
    public static void noStartingPosition(String service, String source, Object position, java.time.Instant timestamp) {
        if (position == null && timestamp == null) {
            return;
        }
        String setting = position != null ? "StartingPosition" : "StartingPositionTimestamp";
        String answer = service.equals("SQS") ? "StartingPosition is not valid for SQS event sources."
                : String.format(MQ_STARTING_POSITION_MESSAGE, service);
        throw invalid(setting, String.valueOf(position != null ? position : timestamp), setting + " "
                + (position != null ? position : timestamp) + " is not a setting of " + source + "'s mapping, which"
                + " reads what the queue holds (InvalidParameterValueException: " + answer + "). Leave it out.");
    }

    /** Refuses a maximum record age Lambda refuses: out of −1 to 604,800, or 0 to 59. */
    public static void maximumRecordAge(int seconds) {
        MAXIMUM_RECORD_AGE.check(seconds);
        if (seconds >= 0 && seconds < MIN_MAXIMUM_RECORD_AGE) {
            throw invalid("MaximumRecordAgeInSeconds", Integer.toString(seconds), "MaximumRecordAgeInSeconds " + seconds
                    + " is too short: Lambda accepts -1 (unlimited) or 60 to 604800 (InvalidParameterValueException)."
                    + " Set -1 or at least 60.");
        }
    }

    /** Lambda's refusal of a setting its service checks. */
    public static InvalidConfigurationException invalid(String setting, String value, String message) {
        return new InvalidConfigurationException(setting, value, "InvalidParameterValueException", message);
    }
}
