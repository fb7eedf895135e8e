package dev.lambdaharness.core;

import dev.lambdaharness.core.internal.esm.MappingLimits;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * An event source mapping's settings, as {@code CreateEventSourceMapping} takes them: the source,
 * {@code BatchSize}, {@code MaximumBatchingWindowInSeconds}, {@code FunctionResponseTypes}
 * ({@code ReportBatchItemFailures}), {@code ScalingConfig.MaximumConcurrency}, the filter patterns
 * of {@code FilterCriteria}, and whether it starts enabled. Unset members take Lambda's defaults for
 * the source (SQS: batch 10, no window). Checked against Lambda's limits when built.
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

    private final SqsQueue queue;
    private final int batchSize;
    private final int maximumBatchingWindowInSeconds;
    private final boolean reportBatchItemFailures;
    private final OptionalInt maximumConcurrency;
    private final List<String> filterPatterns;
    private final boolean enabled;

    private EventSourceMappingConfig(Builder builder) {
        this.queue = builder.queue;
        this.batchSize = builder.batchSize != null ? builder.batchSize : MappingLimits.SQS_DEFAULT_BATCH_SIZE;
        this.maximumBatchingWindowInSeconds = builder.window;
        this.reportBatchItemFailures = builder.reportBatchItemFailures;
        this.maximumConcurrency = builder.maximumConcurrency == null ? OptionalInt.empty()
                : OptionalInt.of(builder.maximumConcurrency);
        this.filterPatterns = List.copyOf(builder.filterPatterns);
        this.enabled = builder.enabled;
        MappingLimits.BATCH_SIZE.check(batchSize);
        MappingLimits.BATCHING_WINDOW.check(maximumBatchingWindowInSeconds);
        maximumConcurrency.ifPresent(MappingLimits.MAXIMUM_CONCURRENCY::check);
        MappingLimits.sqsBatch(queue.config().name(), queue.config().fifo(), batchSize, maximumBatchingWindowInSeconds);
    }

    /** Starts the settings of a mapping that reads an SQS queue. */
    public static Builder builder(SqsQueue queue) {
        return new Builder(Objects.requireNonNull(queue, "queue"));
    }

    /** The source's ARN. */
    public String eventSourceArn() {
        return queue.arn();
    }

    /** The SQS queue read. */
    public SqsQueue queue() {
        return queue;
    }

    /** {@code BatchSize}: the most records in one invocation. */
    public int batchSize() {
        return batchSize;
    }

    /** {@code MaximumBatchingWindowInSeconds}: how long a batch may gather before it is sent. */
    public Duration maximumBatchingWindow() {
        return Duration.ofSeconds(maximumBatchingWindowInSeconds);
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
        private Integer batchSize;
        private int window;
        private boolean reportBatchItemFailures;
        private Integer maximumConcurrency;
        private final List<String> filterPatterns = new ArrayList<>();
        private boolean enabled = true;

        private Builder(SqsQueue queue) {
            this.queue = queue;
        }

        /** {@code BatchSize}: 1 to 10,000 (a FIFO queue: 1 to 10; above 10 a window is needed). */
        public Builder batchSize(int batchSize) {
            this.batchSize = batchSize;
            return this;
        }

        /** {@code MaximumBatchingWindowInSeconds}: 0 to 5 minutes, in whole seconds. */
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
