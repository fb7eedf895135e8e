package dev.lambdaharness.core;

import dev.lambdaharness.core.internal.esm.MappingLimits;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An event source mapping's settings, as {@code CreateEventSourceMapping} takes them: the source,
 * {@code BatchSize}, {@code MaximumBatchingWindowInSeconds}, {@code FunctionResponseTypes}
 * ({@code ReportBatchItemFailures}), {@code ScalingConfig.MaximumConcurrency} (SQS), the filter
 * patterns of {@code FilterCriteria}, whether it starts enabled, and for a stream
 * {@code StartingPosition}, {@code ParallelizationFactor}, {@code BisectBatchOnFunctionError},
 * {@code StartingPositionTimestamp} (Kinesis), {@code TumblingWindowInSeconds},
 * {@code MaximumRetryAttempts}, {@code MaximumRecordAgeInSeconds} and the on-failure destination
 * (also for a Kafka topic). Unset members take Lambda's defaults for the source (SQS: batch 10;
 * Kinesis and DynamoDB: batch 100, retries and record age unlimited; Kafka and Amazon MQ: batch 100,
 * a window of 500 ms). Checked against Lambda's limits when built.
 *
 * <pre>{@code
 * EventSourceMappingConfig config = EventSourceMappingConfig.builder(orders)
 *         .batchSize(100)
 *         .maximumBatchingWindow(Duration.ofSeconds(5))
 *         .reportBatchItemFailures(true)
 *         .filterPattern("{\"body\":{\"type\":[\"order\"]}}")
 *         .build();
 * }</pre>
 */
public final class EventSourceMappingConfig {

    /** Where a stream mapping starts reading. */
    public enum StartingPosition {
        /** The oldest record of each shard. */
        TRIM_HORIZON,
        /** Records put after the mapping was created. */
        LATEST,
        /**
         * Records that arrived at or after {@code StartingPositionTimestamp}, by their arrival
         * timestamps on the runtime's clock (Kinesis), or stamped at or after it (Kafka); not for
         * DynamoDB.
         */
        AT_TIMESTAMP
    }

    private final SqsQueue queue;
    private final KinesisStream stream;
    private final DynamoDbTable table;
    private final KafkaTopic kafkaTopic;
    private final MqQueue mqQueue;
    private final StartingPosition startingPosition;
    private final Optional<Instant> startingPositionTimestamp;
    private final int tumblingWindowInSeconds;
    private final int parallelizationFactor;
    private final boolean bisectBatchOnFunctionError;
    private final int maximumRetryAttempts;
    private final int maximumRecordAgeInSeconds;
    private final Optional<String> onFailureDestination;
    private final int batchSize;
    private final Duration maximumBatchingWindow;
    private final boolean reportBatchItemFailures;
    private final OptionalInt maximumConcurrency;
    private final List<String> filterPatterns;
    private final boolean enabled;

    private EventSourceMappingConfig(Builder builder) {
        this.queue = builder.queue;
        this.stream = builder.stream;
        this.table = builder.table;
        this.kafkaTopic = builder.kafkaTopic;
        this.mqQueue = builder.mqQueue;
        boolean broker = kafkaTopic != null || mqQueue != null;
        // Streams and Kafka start at the trim horizon unless told; SQS and MQ take no position at all.
        this.startingPosition = builder.startingPosition != null ? builder.startingPosition : StartingPosition.TRIM_HORIZON;
        this.startingPositionTimestamp = Optional.ofNullable(builder.startingPositionTimestamp);
        this.tumblingWindowInSeconds = builder.tumblingWindow != null ? builder.tumblingWindow : 0;
        this.parallelizationFactor = builder.parallelizationFactor != null ? builder.parallelizationFactor : 1;
        this.bisectBatchOnFunctionError = builder.bisect;
        this.maximumRetryAttempts = builder.maximumRetryAttempts != null ? builder.maximumRetryAttempts : -1;
        this.maximumRecordAgeInSeconds = builder.maximumRecordAgeInSeconds != null ? builder.maximumRecordAgeInSeconds : -1;
        this.onFailureDestination = Optional.ofNullable(builder.onFailureDestination);
        this.batchSize = builder.batchSize != null ? builder.batchSize
                : queue != null ? MappingLimits.SQS_DEFAULT_BATCH_SIZE : MappingLimits.STREAM_DEFAULT_BATCH_SIZE;
        int maximumBatchingWindowInSeconds = builder.window != null ? builder.window : 0;
        // Kafka and MQ batch for 500 ms unless told otherwise; the other sources send at once.
        this.maximumBatchingWindow = builder.window != null ? Duration.ofSeconds(builder.window)
                : broker ? MappingLimits.BROKER_DEFAULT_WINDOW : Duration.ZERO;
        this.reportBatchItemFailures = builder.reportBatchItemFailures;
        this.maximumConcurrency = builder.maximumConcurrency == null ? OptionalInt.empty()
                : OptionalInt.of(builder.maximumConcurrency);
        this.filterPatterns = List.copyOf(builder.filterPatterns);
        this.enabled = builder.enabled;
        MappingLimits.BATCH_SIZE.check(batchSize);
        MappingLimits.BATCHING_WINDOW.check(maximumBatchingWindowInSeconds);
        maximumConcurrency.ifPresent(MappingLimits.MAXIMUM_CONCURRENCY::check);
        if (broker) {
            String source = kafkaTopic != null ? "a Kafka" : "an Amazon MQ";
            MappingLimits.notFor(source, builder.parallelizationFactor != null, "ParallelizationFactor",
                    "a Kafka mapping runs a batch per partition at most, an MQ mapping as many as its broker allows");
            MappingLimits.notFor(source, maximumConcurrency.isPresent(), "ScalingConfig",
                    "Kafka and MQ mappings scale by their pollers, not by ScalingConfig");
            MappingLimits.notFor(source, reportBatchItemFailures, "FunctionResponseTypes",
                    "partial batch responses are not emulated for Kafka and MQ here: fail the whole batch");
            MappingLimits.notFor(source, builder.tumblingWindow != null, "TumblingWindowInSeconds",
                    "tumbling windows are for Kinesis and DynamoDB streams");
            if (mqQueue != null) {
                String advice = "an Amazon MQ broker redelivers a failed batch and dead-letters it itself";
                MappingLimits.notFor(source, builder.bisect, "BisectBatchOnFunctionError", advice);
                MappingLimits.notFor(source, builder.maximumRetryAttempts != null, "MaximumRetryAttempts", advice);
                MappingLimits.notFor(source, builder.maximumRecordAgeInSeconds != null, "MaximumRecordAgeInSeconds", advice);
                MappingLimits.notFor(source, builder.onFailureDestination != null, "DestinationConfig", advice);
                MappingLimits.noStartingPosition("Amazon MQ", "an Amazon MQ queue", builder.startingPosition,
                        builder.startingPositionTimestamp);
            } else {
                MappingLimits.startingPosition(null, startingPosition == StartingPosition.AT_TIMESTAMP,
                        builder.startingPositionTimestamp);
                MappingLimits.MAXIMUM_RETRY_ATTEMPTS.check(maximumRetryAttempts);
                MappingLimits.maximumRecordAge(maximumRecordAgeInSeconds);
            }
        } else if (queue != null) {
            MappingLimits.sqsBatch(queue.config().name(), queue.config().fifo(), batchSize, maximumBatchingWindowInSeconds);
            MappingLimits.notForQueues(builder.parallelizationFactor != null, "ParallelizationFactor");
            MappingLimits.notForQueues(builder.bisect, "BisectBatchOnFunctionError");
            MappingLimits.notForQueues(builder.maximumRetryAttempts != null, "MaximumRetryAttempts");
            MappingLimits.notForQueues(builder.maximumRecordAgeInSeconds != null, "MaximumRecordAgeInSeconds");
            MappingLimits.notForQueues(builder.onFailureDestination != null, "DestinationConfig");
            MappingLimits.notForQueues(builder.tumblingWindow != null, "TumblingWindowInSeconds");
            MappingLimits.noStartingPosition("SQS", "an SQS queue", builder.startingPosition,
                    builder.startingPositionTimestamp);
        } else {
            MappingLimits.TUMBLING_WINDOW.check(tumblingWindowInSeconds);
            MappingLimits.startingPosition(stream != null ? null : "a DynamoDB stream",
                    startingPosition == StartingPosition.AT_TIMESTAMP, builder.startingPositionTimestamp);
            MappingLimits.PARALLELIZATION_FACTOR.check(parallelizationFactor);
            MappingLimits.MAXIMUM_RETRY_ATTEMPTS.check(maximumRetryAttempts);
            MappingLimits.maximumRecordAge(maximumRecordAgeInSeconds);
            if (maximumConcurrency.isPresent()) {
                throw MappingLimits.invalid("ScalingConfig", Integer.toString(maximumConcurrency.getAsInt()),
                        "ScalingConfig is for SQS mappings only (InvalidParameterValueException: Unsupported"
                        + " ScalingConfig for this event source). A stream's concurrency is its shards times"
                        + " ParallelizationFactor: set that instead.");
            }
        }
    }

    /** Starts the settings of a mapping that reads an SQS queue. */
    public static Builder builder(SqsQueue queue) {
        return new Builder(Objects.requireNonNull(queue, "queue"), null, null);
    }

    /** Starts the settings of a mapping that reads a Kinesis stream (from {@code TRIM_HORIZON} unless set). */
    public static Builder builder(KinesisStream stream) {
        return new Builder(null, Objects.requireNonNull(stream, "stream"), null);
    }

    /** Starts the settings of a mapping that reads a DynamoDB table's stream (from {@code TRIM_HORIZON} unless set). */
    public static Builder builder(DynamoDbTable table) {
        return new Builder(null, null, Objects.requireNonNull(table, "table"));
    }

    /**
     * Starts the settings of a mapping that reads a Kafka topic, of an MSK cluster or a self-managed one
     * (from {@code TRIM_HORIZON} unless set; batch 100 and a window of 500 ms unless set).
     */
    public static Builder builder(KafkaTopic topic) {
        Builder builder = new Builder(null, null, null);
        builder.kafkaTopic = Objects.requireNonNull(topic, "topic");
        return builder;
    }

    /** Starts the settings of a mapping that reads an Amazon MQ queue (batch 100 and a window of 500 ms unless set). */
    public static Builder builder(MqQueue queue) {
        Builder builder = new Builder(null, null, null);
        builder.mqQueue = Objects.requireNonNull(queue, "queue");
        return builder;
    }

    /** The source's ARN. */
    public String eventSourceArn() {
        if (kafkaTopic != null) {
            // A self-managed cluster has no ARN: its mapping names the bootstrap servers instead.
            return kafkaTopic.clusterArn().orElse(kafkaTopic.bootstrapServers());
        }
        if (mqQueue != null) {
            return mqQueue.brokerArn();
        }
        return queue != null ? queue.arn() : stream != null ? stream.arn() : table.streamArn();
    }

    /** The Kafka topic read, for a Kafka mapping. */
    public Optional<KafkaTopic> kafkaTopic() {
        return Optional.ofNullable(kafkaTopic);
    }

    /** The Amazon MQ queue read, for an MQ mapping. */
    public Optional<MqQueue> mqQueue() {
        return Optional.ofNullable(mqQueue);
    }

    /** The SQS queue read, for an SQS mapping. */
    public Optional<SqsQueue> queue() {
        return Optional.ofNullable(queue);
    }

    /** The Kinesis stream read, for a stream mapping. */
    public Optional<KinesisStream> stream() {
        return Optional.ofNullable(stream);
    }

    /** The DynamoDB table whose stream is read, for a DynamoDB mapping. */
    public Optional<DynamoDbTable> table() {
        return Optional.ofNullable(table);
    }

    /** {@code StartingPosition} of a stream mapping. */
    public StartingPosition startingPosition() {
        return startingPosition;
    }

    /** {@code StartingPositionTimestamp}, for {@code AT_TIMESTAMP}. */
    public Optional<Instant> startingPositionTimestamp() {
        return startingPositionTimestamp;
    }

    /** {@code TumblingWindowInSeconds} of a stream mapping: zero for none. */
    public Duration tumblingWindow() {
        return Duration.ofSeconds(tumblingWindowInSeconds);
    }

    /** {@code ParallelizationFactor}: concurrent batches per shard (1 to 10). */
    public int parallelizationFactor() {
        return parallelizationFactor;
    }

    /** {@code BisectBatchOnFunctionError}. */
    public boolean bisectBatchOnFunctionError() {
        return bisectBatchOnFunctionError;
    }

    /** {@code MaximumRetryAttempts}: −1 for unlimited. */
    public int maximumRetryAttempts() {
        return maximumRetryAttempts;
    }

    /** {@code MaximumRecordAgeInSeconds}: −1 for unlimited. */
    public int maximumRecordAgeInSeconds() {
        return maximumRecordAgeInSeconds;
    }

    /** {@code DestinationConfig.OnFailure.Destination} of a stream mapping, when set. */
    public Optional<String> onFailureDestination() {
        return onFailureDestination;
    }

    /** {@code BatchSize}: the most records in one invocation. */
    public int batchSize() {
        return batchSize;
    }

    /** {@code MaximumBatchingWindowInSeconds}: how long a batch may gather before it is sent. */
    public Duration maximumBatchingWindow() {
        return maximumBatchingWindow;
    }

    /** Whether {@code FunctionResponseTypes} holds {@code ReportBatchItemFailures}. */
    public boolean reportBatchItemFailures() {
        return reportBatchItemFailures;
    }

    /** {@code ScalingConfig.MaximumConcurrency}, when set. */
    public OptionalInt maximumConcurrency() {
        return maximumConcurrency;
    }

    /** The patterns of {@code FilterCriteria.Filters}, in order. */
    public List<String> filterPatterns() {
        return filterPatterns;
    }

    /** Whether the mapping starts enabled. */
    public boolean enabled() {
        return enabled;
    }

    /**
     * Builds an {@link EventSourceMappingConfig}.
     *
     * <pre>{@code
     * EventSourceMappingConfig config = EventSourceMappingConfig.builder(orders).batchSize(5).build();
     * }</pre>
     */
    public static final class Builder {
        private final SqsQueue queue;
        private final KinesisStream stream;
        private final DynamoDbTable table;
        private KafkaTopic kafkaTopic;
        private MqQueue mqQueue;
        private StartingPosition startingPosition;
        private Instant startingPositionTimestamp;
        private Integer tumblingWindow;
        private Integer parallelizationFactor;
        private boolean bisect;
        private Integer maximumRetryAttempts;
        private Integer maximumRecordAgeInSeconds;
        private String onFailureDestination;
        private Integer batchSize;
        private Integer window;
        private boolean reportBatchItemFailures;
        private Integer maximumConcurrency;
        private final List<String> filterPatterns = new ArrayList<>();
        private boolean enabled = true;

        private Builder(SqsQueue queue, KinesisStream stream, DynamoDbTable table) {
            this.queue = queue;
            this.stream = stream;
            this.table = table;
        }

        /**
         * {@code StartingPosition} of a stream or Kafka mapping ({@code TRIM_HORIZON} unless set); an SQS
         * or Amazon MQ mapping takes none, as Lambda refuses one there.
         */
        public Builder startingPosition(StartingPosition position) {
            this.startingPosition = Objects.requireNonNull(position, "position");
            return this;
        }

        /**
         * {@code StartingPositionTimestamp} of a Kinesis or Kafka mapping read {@code AT_TIMESTAMP}: it
         * starts at the first record of each shard that arrived at or after this instant, or of each
         * partition stamped at or after it.
         */
        public Builder startingPositionTimestamp(Instant timestamp) {
            this.startingPositionTimestamp = Objects.requireNonNull(timestamp, "timestamp");
            return this;
        }

        /**
         * {@code TumblingWindowInSeconds} of a stream mapping: 0 (none) to 15 minutes, in whole seconds.
         * Each invocation then carries the window's state, and the function's response must carry it on.
         */
        public Builder tumblingWindow(Duration window) {
            this.tumblingWindow = (int) Math.min(Integer.MAX_VALUE, Objects.requireNonNull(window, "window").toSeconds());
            return this;
        }

        /** {@code ParallelizationFactor} of a stream mapping: 1 to 10 concurrent batches per shard, in order per partition key. */
        public Builder parallelizationFactor(int factor) {
            this.parallelizationFactor = factor;
            return this;
        }

        /** {@code BisectBatchOnFunctionError} of a stream mapping: a failed batch is split in two before it is retried. */
        public Builder bisectBatchOnFunctionError(boolean on) {
            this.bisect = on;
            return this;
        }

        /** {@code MaximumRetryAttempts} of a stream mapping: −1 (unlimited) to 10,000. */
        public Builder maximumRetryAttempts(int retries) {
            this.maximumRetryAttempts = retries;
            return this;
        }

        /** {@code MaximumRecordAgeInSeconds} of a stream mapping: −1 (unlimited), or 60 to 604,800. */
        public Builder maximumRecordAgeInSeconds(int seconds) {
            this.maximumRecordAgeInSeconds = seconds;
            return this;
        }

        /** The on-failure destination of a stream mapping (an SQS queue or SNS topic ARN). */
        public Builder onFailureDestination(String arn) {
            this.onFailureDestination = Objects.requireNonNull(arn, "arn");
            return this;
        }

        /** {@code BatchSize}: 1 to 10,000 (a FIFO queue: 1 to 10; SQS above 10 needs a window). */
        public Builder batchSize(int batchSize) {
            this.batchSize = batchSize;
            return this;
        }

        /** {@code MaximumBatchingWindowInSeconds}: 0 to 5 minutes, in whole seconds (Kafka and MQ: 500 ms unless set). */
        public Builder maximumBatchingWindow(Duration window) {
            this.window = (int) Math.min(Integer.MAX_VALUE, Objects.requireNonNull(window, "window").toSeconds());
            return this;
        }

        /** {@code FunctionResponseTypes: ["ReportBatchItemFailures"]}: the function may report the records that failed. */
        public Builder reportBatchItemFailures(boolean on) {
            this.reportBatchItemFailures = on;
            return this;
        }

        /** {@code ScalingConfig.MaximumConcurrency}: 2 to 1,000 concurrent batches. */
        public Builder maximumConcurrency(int batches) {
            this.maximumConcurrency = batches;
            return this;
        }

        /** Adds a filter pattern of {@code FilterCriteria}; a record matching any filter is delivered. */
        public Builder filterPattern(String pattern) {
            this.filterPatterns.add(pattern);
            return this;
        }

        /** Whether the mapping starts enabled (it does unless set). */
        public Builder enabled(boolean enabled) {
            this.enabled = enabled;
            return this;
        }

        /**
         * Creates the settings.
         *
         * @throws InvalidConfigurationException when Lambda would refuse a setting, naming it, the value, the
         *     range and Lambda's error code
         */
        public EventSourceMappingConfig build() {
            return new EventSourceMappingConfig(this);
        }
    }
}
