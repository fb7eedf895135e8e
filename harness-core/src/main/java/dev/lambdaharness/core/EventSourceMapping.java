package dev.lambdaharness.core;

import dev.lambdaharness.core.internal.esm.MappingCounters;
import dev.lambdaharness.core.internal.esm.Poller;

/**
 * An event source mapping of a {@link LambdaRuntime}: a poller that reads a local queue or stream and invokes
 * a function synchronously with batches of its records, as Lambda's pollers do. Created enabled
 * unless its configuration says otherwise; {@link #disable()} stops polling (batches running
 * finish), {@link #enable()} resumes it.
 *
 * <pre>{@code
 * EventSourceMapping mapping = runtime.eventSourceMapping(function, EventSourceMappingConfig.builder(orders).build());
 * orders.send("{\"order\":1}");
 * runtime.settleEventSources(Duration.ofSeconds(10));
 * assertThat(mapping.metrics().invocations()).isEqualTo(1);
 * }</pre>
 */
public final class EventSourceMapping {

    private final String uuid;
    private final EventSourceMappingConfig config;
    private final String functionArn;
    private final Poller poller;

    EventSourceMapping(String uuid, EventSourceMappingConfig config, String functionArn, Poller poller) {
        this.uuid = uuid;
        this.config = config;
        this.functionArn = functionArn;
        this.poller = poller;
    }

    /** The mapping's id ({@code UUID}). */
    public String uuid() {
        return uuid;
    }

    /** The settings it was created with. */
    public EventSourceMappingConfig config() {
        return config;
    }

    /** The ARN of the function it invokes. */
    public String functionArn() {
        return functionArn;
    }

    /** Whether it polls now ({@code State: Enabled}). */
    public boolean enabled() {
        return poller.enabled();
    }

    /** Starts polling again. */
    public void enable() {
        poller.enabled(true);
    }

    /** Stops polling; batches already running finish, and what they did not delete stays in the queue. */
    public void disable() {
        poller.enabled(false);
    }

    /**
     * How many batches it may run at once now: for SQS its scaling step, capped by
     * {@code MaximumConcurrency} and the function's reserved concurrency; for a stream its shards
     * times {@code ParallelizationFactor}; for a Kafka topic its partitions, for an ActiveMQ queue 5
     * and for a RabbitMQ queue 1, each capped by the function's reserved concurrency.
     */
    public int concurrency() {
        return poller.concurrency();
    }

    /** What it did so far. */
    public Metrics metrics() {
        MappingCounters counters = poller.counters();
        return new Metrics(counters.invocations.get(), counters.recordsDelivered.get(), counters.failedInvocations.get(),
                counters.recordsReportedFailed.get(), counters.filteredOut.get(), counters.throttledBatches.get(),
                counters.batchesDiscarded.get(), java.time.Duration.ofMillis(counters.iteratorAgeMillis.get()),
                java.time.Duration.ofMillis(counters.maximumIteratorAgeMillis.get()));
    }

    /**
     * Whether it has nothing left to do now: no batch runs and its source holds no record it would
     * deliver (a message waiting out its visibility timeout or delay still counts as work to do).
     */
    public boolean idle() {
        return poller.idle();
    }

    /** Whether no batch of it is being invoked at this moment. */
    public boolean noBatchRunning() {
        return poller.noBatchRunning();
    }

    void close() {
        poller.close();
    }

    @Override
    public String toString() {
        return "EventSourceMapping[" + uuid + ", " + config.eventSourceArn() + " -> " + functionArn + "]";
    }

    /**
     * What a mapping did.
     *
     * @param invocations invocations that ran
     * @param recordsDelivered records those invocations carried
     * @param failedInvocations invocations that failed as a whole (an error, a timeout, an invalid partial response)
     * @param recordsReportedFailed records reported as failed in partial responses
     * @param recordsFilteredOut records that matched no filter and were dropped
     * @param throttledBatches batches the function's concurrency throttled
     * @param batchesDiscarded stream and Kafka batches given up (retries exhausted, records too old), reported to
     *     the on-failure destination when there is one; Amazon MQ messages over 6 MB, dropped
     * @param iteratorAge a stream mapping's {@code IteratorAge}: the age of the latest batch's last record when invoked
     * @param maximumIteratorAge the greatest {@code IteratorAge} so far
     */
    public record Metrics(long invocations, long recordsDelivered, long failedInvocations, long recordsReportedFailed,
            long recordsFilteredOut, long throttledBatches, long batchesDiscarded, java.time.Duration iteratorAge,
            java.time.Duration maximumIteratorAge) {
    }
}
