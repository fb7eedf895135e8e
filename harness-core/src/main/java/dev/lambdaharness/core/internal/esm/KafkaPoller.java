package dev.lambdaharness.core.internal.esm;

import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.core.TooManyRequestsException;
import dev.lambdaharness.core.internal.clock.TimerQueue;
import dev.lambdaharness.core.internal.pool.FunctionDeployment;
import dev.lambdaharness.internal.jackson.databind.node.ArrayNode;
import dev.lambdaharness.internal.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;

/**
 * The poller of a Kafka topic's event source mapping (MSK or self-managed). As Lambda "reads messages
 * sequentially for each partition", a partition has at most one batch in flight; batches of
 * different partitions run at once, up to one per partition and the function's reserved concurrency.
 * A batch takes records of the partitions no other batch holds, in partition order, grouped in the
 * event under {@code "<topic>-<partition>"} ({@link #PARTITIONS_PER_BATCH}); it goes when it holds
 * {@code BatchSize} records or 6 MB, or when the window from its first record ends. A failed batch
 * blocks its partitions and is retried as a stream's is: split in two first with
 * {@code BisectBatchOnFunctionError} (no retry), until it succeeds, runs out of
 * {@code MaximumRetryAttempts} or outlives {@code MaximumRecordAgeInSeconds}; then it is reported to the
 * on-failure destination with Lambda's {@code KafkaBatchInfo} record and the offsets move past it.
 */
public final class KafkaPoller extends BrokerPoller {

    /** The wait before a failed batch is retried: the streams' one, UNCONFIRMED (see docs/fidelity.md). */
    public static final Duration RETRY_DELAY = StreamPoller.RETRY_DELAY;
    /** The wait before a throttled batch is tried again (not a retry). */
    public static final Duration THROTTLE_DELAY = StreamPoller.THROTTLE_DELAY;
    /**
     * How many partitions one batch may combine: all that no other batch holds, as one consumer's
     * fetch returns records of every partition assigned to it. UNCONFIRMED (see docs/fidelity.md):
     * Lambda's payloads hold several partitions, but how its pollers share partitions is not documented.
     */
    public static final int PARTITIONS_PER_BATCH = Integer.MAX_VALUE;

    /**
     * The settings of a Kafka mapping.
     *
     * @param startMillis where reading starts: −1 at each partition's oldest record ({@code TRIM_HORIZON}),
     *     {@link Long#MAX_VALUE} after its newest ({@code LATEST}), else at its first record whose timestamp
     *     is then or later ({@code AT_TIMESTAMP}, as Kafka's {@code offsetsForTimes} finds it)
     */
    public record Settings(int batchSize, Duration window, boolean bisect, int maximumRetryAttempts,
            int maximumRecordAgeSeconds, Optional<String> onFailureDestination, long startMillis) {
    }

    /** A batch in flight or waiting for its retry, with the halves bisecting left and the partitions it holds. */
    private static final class Run {
        final Set<Integer> partitions;
        List<LocalKafkaTopic.KafkaRecord> batch;
        final Deque<List<LocalKafkaTopic.KafkaRecord>> halves = new ArrayDeque<>();
        int invocations;
        int retries;
        /** Whether it is being invoked or waits for its retry; a run not busy goes next. */
        boolean busy;

        Run(List<LocalKafkaTopic.KafkaRecord> batch) {
            this.batch = batch;
            this.partitions = new HashSet<>();
            batch.forEach(record -> partitions.add(record.partition()));
        }
    }

    private final LocalKafkaTopic topic;
    private final String functionArn;
    private final Settings settings;
    private final RecordFilter filter;
    private final FunctionDeployment.Deliveries deliveries;
    /** Per partition, the offset after the last record done with: the committed offset. */
    private final long[] positions;
    /** Per partition, the offset after the last record counted as filtered out. */
    private final long[] countedThrough;
    private final List<Run> runs = new ArrayList<>();

    /**
     * @param functionConcurrency the function's reserved concurrency, or {@code Integer.MAX_VALUE} without one
     */
    public KafkaPoller(LocalKafkaTopic topic, Function<byte[], InvocationResult> invoker, String functionArn,
            Settings settings, RecordFilter filter, IntSupplier functionConcurrency, LongSupplier clock,
            TimerQueue timers, Executor executor, FunctionDeployment.Deliveries deliveries, boolean enabled) {
        super(invoker, settings.window(), functionConcurrency, clock, timers, executor, enabled);
        this.topic = topic;
        this.functionArn = functionArn;
        this.settings = settings;
        this.filter = filter;
        this.deliveries = deliveries;
        this.positions = new long[topic.partitionCount()];
        this.countedThrough = new long[topic.partitionCount()];
        for (int p = 0; p < positions.length; p++) {
            positions[p] = settings.startMillis() < 0 ? 0 : settings.startMillis() == Long.MAX_VALUE ? topic.endOffset(p)
                    : firstAtOrAfter(p, settings.startMillis());
        }
        topic.onPut(this::pump);
    }

    /** The offset of the partition's first record whose timestamp is at or after the time; its end offset when none is. */
    private long firstAtOrAfter(int partition, long millis) {
        return topic.records(partition, 0).stream().filter(record -> record.timestampMillis() >= millis)
                .mapToLong(LocalKafkaTopic.KafkaRecord::offset).findFirst().orElse(topic.endOffset(partition));
    }

    /** One batch in flight per partition. */
    @Override
    protected int sourceConcurrency() {
        return topic.partitionCount();
    }

    @Override
    protected boolean hasWork() {
        if (!runs.isEmpty()) {
            return true;
        }
        for (int p = 0; p < positions.length; p++) {
            if (positions[p] < topic.endOffset(p)) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected Runnable next() {
        Run run = runs.stream().filter(r -> !r.busy).findFirst().orElse(null);
        if (run == null) {
            List<LocalKafkaTopic.KafkaRecord> batch = gather();
            if (batch == null) {
                return null;
            }
            run = new Run(batch);
            runs.add(run);
        } else if (run.batch == null) {
            run.batch = run.halves.pop();
            run.invocations = 0;
        }
        expire(run);
        if (run.batch == null) {
            return next();
        }
        run.busy = true;
        Run running = run;
        List<LocalKafkaTopic.KafkaRecord> records = run.batch;
        return () -> invoke(running, records);
    }

    /**
     * Up to the batch size and 6 MB of records that match the filters, partition by partition, of the
     * partitions no batch holds; null when none may go yet.
     */
    private List<LocalKafkaTopic.KafkaRecord> gather() {
        Set<Integer> held = new HashSet<>();
        runs.forEach(run -> held.addAll(run.partitions));
        List<LocalKafkaTopic.KafkaRecord> picked = new ArrayList<>();
        int partitions = 0;
        int bytes = 0;
        long first = Long.MAX_VALUE;
        partitions:
        for (int p = 0; p < positions.length; p++) {
            if (held.contains(p)) {
                continue;
            }
            boolean taken = false;
            for (LocalKafkaTopic.KafkaRecord record : topic.records(p, positions[p])) {
                if (picked.size() == settings.batchSize() || bytes + record.bytes() > SqsPoller.MAX_BATCH_BYTES
                        || (!taken && partitions == PARTITIONS_PER_BATCH)) {
                    break partitions;
                }
                if (!filter.matches(record.record())) {
                    // The consumer moves past a record that matches no filter; it is counted once, though seen again.
                    if (record.offset() >= countedThrough[p]) {
                        counters.filteredOut.incrementAndGet();
                        countedThrough[p] = record.offset() + 1;
                    }
                    if (!taken) {
                        positions[p] = record.offset() + 1;
                    }
                    continue;
                }
                picked.add(record);
                if (!taken) {
                    partitions++;
                }
                taken = true;
                bytes += record.bytes();
                first = Math.min(first, record.arrivalMillis());
            }
        }
        if (picked.isEmpty()) {
            return null;
        }
        boolean full = picked.size() == settings.batchSize() || bytes + 1024 > SqsPoller.MAX_BATCH_BYTES;
        return windowEnded(first, full) ? picked : null;
    }

    /** Gives up the records of the run's batch older than the maximum record age; the run ends when none is left. */
    private void expire(Run run) {
        if (settings.maximumRecordAgeSeconds() < 0) {
            return;
        }
        long now = clock.getAsLong();
        List<LocalKafkaTopic.KafkaRecord> expired = run.batch.stream()
                .filter(record -> now - record.arrivalMillis() >= settings.maximumRecordAgeSeconds() * 1000L).toList();
        if (expired.isEmpty()) {
            return;
        }
        discard(run, expired, "RecordAgeExceeded", null);
        List<LocalKafkaTopic.KafkaRecord> rest = new ArrayList<>(run.batch);
        rest.removeAll(expired);
        if (rest.isEmpty()) {
            done(run);
        } else {
            run.batch = rest;
        }
    }

    private ObjectNode event(List<LocalKafkaTopic.KafkaRecord> records) {
        ObjectNode event = topic.envelope();
        ObjectNode grouped = event.putObject("records");
        for (LocalKafkaTopic.KafkaRecord record : records) {
            String key = topic.name() + "-" + record.partition();
            ArrayNode partition = grouped.has(key) ? (ArrayNode) grouped.get(key) : grouped.putArray(key);
            partition.add(record.record());
        }
        return event;
    }

    private void invoke(Run run, List<LocalKafkaTopic.KafkaRecord> running) {
        InvocationResult result;
        try {
            result = sendEvent(event(running));
        } catch (TooManyRequestsException throttled) {
            counters.throttledBatches.incrementAndGet();
            retryAfter(THROTTLE_DELAY, () -> run.busy = false);
            return;
        }
        if (result == null) {
            return;
        }
        counters.invocations.incrementAndGet();
        counters.recordsDelivered.addAndGet(running.size());
        synchronized (this) {
            run.invocations++;
            if (result.succeeded()) {
                done(run);
            } else if (failed(run, running, result)) {
                return;
            }
        }
        finished();
    }

    /** Decides what follows a failed invocation; true when the batch waits for its retry. Called holding the lock. */
    private boolean failed(Run run, List<LocalKafkaTopic.KafkaRecord> running, InvocationResult result) {
        counters.failedInvocations.incrementAndGet();
        if (settings.bisect() && running.size() > 1) {
            // A split is no retry: the first half goes next, the second waits its turn.
            int half = running.size() / 2;
            run.halves.push(List.copyOf(running.subList(half, running.size())));
            run.batch = List.copyOf(running.subList(0, half));
            run.invocations = 0;
            run.busy = false;
            return false;
        }
        run.retries++;
        if (settings.maximumRetryAttempts() >= 0 && run.retries > settings.maximumRetryAttempts()) {
            discard(run, running, "RetryAttemptsExhausted", result);
            done(run);
            return false;
        }
        retryAfter(RETRY_DELAY, () -> run.busy = false);
        return true;
    }

    /** Commits the run's batch; the run ends, or goes on with the next of its halves. */
    private void done(Run run) {
        for (LocalKafkaTopic.KafkaRecord record : run.batch) {
            positions[record.partition()] = Math.max(positions[record.partition()], record.offset() + 1);
        }
        run.batch = null;
        run.busy = false;
        if (run.halves.isEmpty()) {
            runs.remove(run);
        }
    }

    /** Reports given-up records to the on-failure destination with Lambda's record, and moves past them. */
    private void discard(Run run, List<LocalKafkaTopic.KafkaRecord> records, String condition, InvocationResult result) {
        counters.batchesDiscarded.incrementAndGet();
        for (LocalKafkaTopic.KafkaRecord record : records) {
            positions[record.partition()] = Math.max(positions[record.partition()], record.offset() + 1);
        }
        settings.onFailureDestination().ifPresent(arn -> deliveries.deliver(arn, failureRecord(run, records, condition,
                result), Map.of(), true, functionArn));
    }

    /**
     * Lambda's record of a discarded Kafka batch for an SQS or SNS destination, as the Lambda
     * Developer Guide shows it ("Capturing discarded batches for Amazon MSK and self-managed Apache
     * Kafka event sources"): {@code KafkaBatchInfo} with the batch size, the cluster's ARN (MSK) and
     * bootstrap servers, the payload size, and per {@code "<topic>-<partition>"} the first and last
     * offsets and timestamps.
     */
    private String failureRecord(Run run, List<LocalKafkaTopic.KafkaRecord> records, String condition,
            InvocationResult result) {
        ObjectNode record = OnFailureRecord.start(functionArn, condition, run.invocations, result, clock.getAsLong());
        ObjectNode info = record.putObject("KafkaBatchInfo");
        info.put("batchSize", records.size());
        if (topic.clusterArn() != null) {
            info.put("eventSourceArn", topic.clusterArn());
        }
        info.put("bootstrapServers", topic.bootstrapServers());
        info.put("payloadSize", event(records).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        Map<String, List<LocalKafkaTopic.KafkaRecord>> byPartition = new LinkedHashMap<>();
        records.forEach(r -> byPartition.computeIfAbsent(topic.name() + "-" + r.partition(), k -> new ArrayList<>()).add(r));
        ObjectNode recordsInfo = info.putObject("recordsInfo");
        byPartition.forEach((key, partition) -> {
            LocalKafkaTopic.KafkaRecord first = partition.get(0);
            LocalKafkaTopic.KafkaRecord last = partition.get(partition.size() - 1);
            ObjectNode range = recordsInfo.putObject(key);
            range.put("firstRecordOffset", Long.toString(first.offset()));
            range.put("lastRecordOffset", Long.toString(last.offset()));
            range.put("firstRecordTimestamp", OnFailureRecord.timestamp(first.timestampMillis()));
            range.put("lastRecordTimestamp", OnFailureRecord.timestamp(last.timestampMillis()));
        });
        return record.toString();
    }
}
