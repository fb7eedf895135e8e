package dev.lambdaharness.core.internal.esm;

import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.core.TooManyRequestsException;
import dev.lambdaharness.core.internal.clock.TimerQueue;
import dev.lambdaharness.core.internal.pool.FunctionDeployment;
import dev.lambdaharness.internal.jackson.databind.ObjectMapper;
import dev.lambdaharness.internal.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * The poller of a stream's event source mapping: per shard, one batch in flight (or
 * {@code ParallelizationFactor} of them, each for the partition keys of its lane, so order holds per
 * key); a failed batch blocks its lane and is retried, split in two first when
 * {@code BisectBatchOnFunctionError} is on (a split is no retry), until it succeeds, runs out of
 * {@code MaximumRetryAttempts} or its records outlive {@code MaximumRecordAgeInSeconds}; a partial
 * response checkpoints before the lowest reported sequence number and retries from it. What is
 * given up is reported to the on-failure destination with Lambda's record ({@code KinesisBatchInfo}).
 * With a tumbling window, a batch holds records of one window, each invocation carries the window's
 * state and the response's state is carried into the next one; a response without a state fails;
 * once the window has ended and its records are done, a final invocation without records closes it.
 */
public final class StreamPoller extends PollerBase {

    /** The wait before a failed batch is retried: UNCONFIRMED (see docs/fidelity.md). */
    public static final Duration RETRY_DELAY = Duration.ofSeconds(1);
    /** The wait before a throttled batch is tried again (not a retry). */
    public static final Duration THROTTLE_DELAY = Duration.ofSeconds(1);

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The settings of a stream mapping.
     *
     * @param startMillis where reading starts: −1 at each shard's oldest record ({@code TRIM_HORIZON}),
     *     {@link Long#MAX_VALUE} after its newest ({@code LATEST}), else at its first record that arrived
     *     then or later ({@code AT_TIMESTAMP})
     * @param tumblingWindow {@code TumblingWindowInSeconds}; zero for none
     */
    public record Settings(int batchSize, Duration window, boolean reportBatchItemFailures, int parallelizationFactor,
            boolean bisect, int maximumRetryAttempts, int maximumRecordAgeSeconds, Optional<String> onFailureDestination,
            long startMillis, Duration tumblingWindow) {
    }

    private final ShardedLog stream;
    private final String functionArn;
    private final Settings settings;
    private final RecordFilter filter;
    private final LongSupplier clock;
    private final TimerQueue timers;
    private final Executor executor;
    private final FunctionDeployment.Deliveries deliveries;
    private final List<Lane> lanes = new ArrayList<>();
    /** The mapping's tumbling windows; null without them. */
    private final TumblingWindows windows;

    /** One shard's records of one lane (all of them when the parallelization factor is 1), read in order. */
    private static final class Lane {
        final int shard;
        final int index;
        /** The shard index after the last record of this lane that is done with. */
        int position;
        List<ShardedLog.StreamRecord> batch;
        final Deque<List<ShardedLog.StreamRecord>> halves = new ArrayDeque<>();
        int invocations;
        int retries;
        /** The shard index after the last record counted as filtered out. */
        int countedThrough;
        boolean busy;
        long windowStartMillis = -1;
        TimerQueue.Timer timer;
        /** The start of the tumbling window open in this lane, or −1; its state; whether its final invocation is due. */
        long tumblingStart = -1;
        ObjectNode state;
        boolean finalDue;
        boolean endedEarly;

        Lane(int shard, int index, int position) {
            this.shard = shard;
            this.index = index;
            this.position = position;
        }
    }

    public StreamPoller(ShardedLog stream, Function<byte[], InvocationResult> invoker, String functionArn,
            Settings settings, RecordFilter filter, LongSupplier clock, TimerQueue timers, Executor executor,
            FunctionDeployment.Deliveries deliveries, boolean enabled) {
        super(invoker, enabled);
        this.stream = stream;
        this.functionArn = functionArn;
        this.settings = settings;
        this.filter = filter;
        this.clock = clock;
        this.timers = timers;
        this.executor = executor;
        this.deliveries = deliveries;
        this.windows = settings.tumblingWindow().isZero() ? null : new TumblingWindows(settings.tumblingWindow());
        for (int shard = 0; shard < stream.shardCount(); shard++) {
            int start = settings.startMillis() < 0 ? 0 : settings.startMillis() == Long.MAX_VALUE ? stream.size(shard)
                    : stream.firstArrivedAtOrAfter(shard, settings.startMillis());
            for (int lane = 0; lane < settings.parallelizationFactor(); lane++) {
                lanes.add(new Lane(shard, lane, start));
            }
        }
        stream.onPut(this::pump);
    }

    @Override
    public int concurrency() {
        return lanes.size();
    }

    @Override
    public synchronized boolean idle() {
        if (closed || !enabled) {
            return noBatchRunning();
        }
        for (Lane lane : lanes) {
            if (lane.busy || lane.batch != null || !lane.halves.isEmpty() || lane.tumblingStart >= 0
                    || !pending(lane).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public synchronized boolean noBatchRunning() {
        return lanes.stream().noneMatch(lane -> lane.busy && lane.timer == null);
    }

    @Override
    public synchronized void close() {
        closed = true;
        lanes.forEach(lane -> {
            if (lane.timer != null) {
                lane.timer.cancel();
            }
        });
    }

    /**
     * The records of a lane not done with yet, in order; read {@code AT_TIMESTAMP}, not those that
     * arrived before the timestamp (which, in the future when the mapping was made, is still ahead).
     */
    private List<ShardedLog.StreamRecord> pending(Lane lane) {
        List<ShardedLog.StreamRecord> records = new ArrayList<>();
        long from = settings.startMillis() == Long.MAX_VALUE ? -1 : settings.startMillis();
        for (ShardedLog.StreamRecord record : stream.records(lane.shard, lane.position)) {
            if (laneOf(record) == lane.index && record.arrivalMillis() >= from) {
                records.add(record);
            }
        }
        return records;
    }

    private int laneOf(ShardedLog.StreamRecord record) {
        return Math.floorMod(record.partitionKey().hashCode(), settings.parallelizationFactor());
    }

    @Override
    public void pump() {
        List<Runnable> starts = new ArrayList<>();
        synchronized (this) {
            if (closed || !enabled) {
                return;
            }
            for (Lane lane : lanes) {
                if (!lane.busy) {
                    next(lane, starts);
                }
            }
        }
        starts.forEach(executor::execute);
    }

    /** Picks the lane's next batch, if one may go now, and starts it. */
    private void next(Lane lane, List<Runnable> starts) {
        if (lane.batch == null) {
            if (!lane.halves.isEmpty()) {
                lane.batch = lane.halves.pop();
                lane.invocations = 0;
            } else {
                List<ShardedLog.StreamRecord> batch = gather(lane);
                if (batch == null) {
                    return;
                }
                lane.batch = batch;
                lane.invocations = 0;
                lane.retries = 0;
            }
        }
        expire(lane);
        if (lane.batch == null) {
            next(lane, starts);
            return;
        }
        lane.busy = true;
        List<ShardedLog.StreamRecord> batch = lane.batch;
        ObjectNode members = windows == null ? null : windows.members(lane.tumblingStart, lane.state,
                ShardedLog.shardId(lane.shard), stream.arn(), batch.isEmpty() && (!lane.endedEarly
                        || TumblingWindows.EARLY_END_IS_FINAL), batch.isEmpty() && lane.endedEarly);
        starts.add(() -> invoke(lane, batch, members));
    }

    /** The next batch of a lane: up to the batch size and 6 MB of records that match the filters; null when none may go yet. */
    private List<ShardedLog.StreamRecord> gather(Lane lane) {
        if (lane.finalDue) {
            return List.of();
        }
        List<ShardedLog.StreamRecord> pending = pending(lane);
        List<ShardedLog.StreamRecord> batch = new ArrayList<>();
        int bytes = 0;
        long tumblingStart = lane.tumblingStart;
        // A batch holds the records of one tumbling window: one of a later window closes it.
        boolean windowCut = false;
        for (ShardedLog.StreamRecord record : pending) {
            if (batch.size() == settings.batchSize()) {
                break;
            }
            // Filtering comes before batching: a record that matches no filter takes no place in the batch or its 6 MB.
            if (!filter.matches(record.record())) {
                // The iterator moves past a record that matches no filter; it is counted once, though seen again.
                if (record.index() >= lane.countedThrough) {
                    counters.filteredOut.incrementAndGet();
                    lane.countedThrough = record.index() + 1;
                }
                if (batch.isEmpty()) {
                    lane.position = shardIndexAfter(lane, record);
                }
                continue;
            }
            if (windows != null) {
                long start = windows.start(record.arrivalMillis());
                if (tumblingStart < 0) {
                    tumblingStart = start;
                } else if (start != tumblingStart) {
                    windowCut = true;
                    break;
                }
            }
            if (bytes + record.bytes() > SqsPoller.MAX_BATCH_BYTES) {
                break;
            }
            batch.add(record);
            bytes += record.bytes();
        }
        if (batch.isEmpty()) {
            return lane.tumblingStart >= 0 ? closeWindow(lane) : null;
        }
        long windowMillis = settings.window().toMillis();
        boolean full = batch.size() == settings.batchSize() || bytes + 1024 > SqsPoller.MAX_BATCH_BYTES || windowCut;
        if (windowMillis > 0 && !full) {
            long now = clock.getAsLong();
            if (lane.windowStartMillis < 0) {
                lane.windowStartMillis = now;
            }
            long due = lane.windowStartMillis + windowMillis;
            if (now < due) {
                wakeAt(lane, due);
                return null;
            }
        }
        lane.windowStartMillis = -1;
        if (windows != null && lane.tumblingStart < 0) {
            lane.tumblingStart = tumblingStart;
            lane.state = JSON.createObjectNode();
        }
        return batch;
    }

    /**
     * The final invocation of the lane's tumbling window (no records) once the window has ended and
     * its records are done; until then null, with a timer for the end.
     */
    private List<ShardedLog.StreamRecord> closeWindow(Lane lane) {
        long due = windows.finalInvokeDue(lane.tumblingStart);
        if (clock.getAsLong() >= due) {
            lane.finalDue = true;
            return List.of();
        }
        wakeAt(lane, due);
        return null;
    }

    /** Pumps again when the clock reaches {@code due}, unless the lane already waits for a time. */
    private void wakeAt(Lane lane, long due) {
        if (lane.timer == null) {
            lane.timer = timers.at(due, () -> {
                synchronized (this) {
                    lane.timer = null;
                }
                pump();
            });
        }
    }

    private static int shardIndexAfter(Lane lane, ShardedLog.StreamRecord record) {
        return record.index() + 1;
    }

    /** Gives up the records of the batch older than the maximum record age, oldest first. */
    private void expire(Lane lane) {
        if (settings.maximumRecordAgeSeconds() < 0) {
            return;
        }
        long now = clock.getAsLong();
        List<ShardedLog.StreamRecord> expired = new ArrayList<>();
        for (ShardedLog.StreamRecord record : lane.batch) {
            if (now - record.arrivalMillis() >= settings.maximumRecordAgeSeconds() * 1000L) {
                expired.add(record);
            }
        }
        if (expired.isEmpty()) {
            return;
        }
        discard(lane, expired, "RecordAgeExceeded", null);
        List<ShardedLog.StreamRecord> rest = new ArrayList<>(lane.batch);
        rest.removeAll(expired);
        lane.batch = rest.isEmpty() ? null : rest;
    }

    private void invoke(Lane lane, List<ShardedLog.StreamRecord> batch, ObjectNode members) {
        InvocationResult result;
        long now = clock.getAsLong();
        try {
            result = send(batch.stream().map(ShardedLog.StreamRecord::record).toList(), members);
        } catch (TooManyRequestsException throttled) {
            counters.throttledBatches.incrementAndGet();
            later(lane, THROTTLE_DELAY);
            return;
        }
        if (result == null) {
            return;
        }
        counters.invocations.incrementAndGet();
        counters.recordsDelivered.addAndGet(batch.size());
        if (!batch.isEmpty()) {
            counters.iteratorAge(now - batch.get(batch.size() - 1).arrivalMillis());
        }
        synchronized (this) {
            lane.invocations++;
            outcome(lane, batch, result);
        }
        pump();
    }

    /** Decides what follows an invocation: the lane's next batch, a split, a retry, or giving the batch up. */
    private void outcome(Lane lane, List<ShardedLog.StreamRecord> batch, InvocationResult result) {
        // With a tumbling window, a response without a state is a failed invocation.
        Optional<ObjectNode> state = windows == null || !result.succeeded() ? Optional.empty()
                : TumblingWindows.state(result.payload());
        boolean answered = result.succeeded() && (windows == null || state.isPresent());
        if (batch.isEmpty()) {
            windowClosed(lane, answered);
            return;
        }
        Optional<Set<String>> failed = Optional.of(Set.of());
        if (answered && settings.reportBatchItemFailures()) {
            Set<String> sequenceNumbers = new HashSet<>();
            batch.forEach(record -> sequenceNumbers.add(record.sequenceNumber().toString()));
            failed = BatchItemFailures.read(result.payload(), sequenceNumbers);
        }
        if (answered && failed.isPresent() && failed.get().isEmpty()) {
            state.ifPresent(next -> carry(lane, next));
            done(lane, batch);
            return;
        }
        counters.failedInvocations.incrementAndGet();
        List<ShardedLog.StreamRecord> retry = batch;
        if (answered && failed.isPresent()) {
            if (TumblingWindows.PARTIAL_RESPONSE_KEEPS_STATE) {
                state.ifPresent(next -> carry(lane, next));
            }
            counters.recordsReportedFailed.addAndGet(failed.get().size());
            // Checkpoint before the lowest reported sequence number: what precedes it is done.
            BigInteger lowest = failed.get().stream().map(BigInteger::new).min(BigInteger::compareTo).orElseThrow();
            int from = 0;
            while (batch.get(from).sequenceNumber().compareTo(lowest) < 0) {
                from++;
            }
            if (from > 0) {
                lane.position = shardIndexAfter(lane, batch.get(from - 1));
            }
            retry = List.copyOf(batch.subList(from, batch.size()));
        }
        if (settings.bisect() && retry.size() > 1) {
            // A split is no retry: the first half goes next, the second waits its turn.
            int half = retry.size() / 2;
            lane.halves.push(List.copyOf(retry.subList(half, retry.size())));
            lane.batch = List.copyOf(retry.subList(0, half));
            lane.invocations = 0;
            lane.busy = false;
            return;
        }
        lane.batch = retry;
        lane.retries++;
        if (settings.maximumRetryAttempts() >= 0 && lane.retries > settings.maximumRetryAttempts()) {
            discard(lane, retry, "RetryAttemptsExhausted", result);
            done(lane, retry);
            return;
        }
        later(lane, RETRY_DELAY);
    }

    /** Carries a response's state into the window's next invocation; one too large ends the window early. */
    private void carry(Lane lane, ObjectNode state) {
        lane.state = state;
        if (TumblingWindows.tooLarge(state)) {
            lane.finalDue = true;
            lane.endedEarly = true;
        }
    }

    /**
     * After a window's final invocation: on success the window and its state are dropped; on failure
     * it is tried again, holding the shard, until it succeeds.
     */
    private void windowClosed(Lane lane, boolean answered) {
        if (!answered) {
            counters.failedInvocations.incrementAndGet();
            later(lane, RETRY_DELAY);
            return;
        }
        // Ended early, the same window opens again, with a fresh state, at its next record.
        lane.tumblingStart = -1;
        lane.state = null;
        lane.finalDue = false;
        lane.endedEarly = false;
        lane.batch = null;
        lane.busy = false;
    }

    private void done(Lane lane, List<ShardedLog.StreamRecord> batch) {
        lane.position = Math.max(lane.position, shardIndexAfter(lane, batch.get(batch.size() - 1)));
        lane.batch = null;
        lane.busy = false;
    }

    private void later(Lane lane, Duration delay) {
        synchronized (this) {
            if (closed) {
                return;
            }
            lane.timer = timers.at(clock.getAsLong() + delay.toMillis(), () -> {
                synchronized (this) {
                    lane.timer = null;
                    lane.busy = false;
                }
                pump();
            });
        }
    }

    /** Reports given-up records to the on-failure destination with Lambda's record, and moves past them. */
    private void discard(Lane lane, List<ShardedLog.StreamRecord> records, String condition, InvocationResult result) {
        counters.batchesDiscarded.incrementAndGet();
        lane.position = Math.max(lane.position, shardIndexAfter(lane, records.get(records.size() - 1)));
        settings.onFailureDestination().ifPresent(arn -> deliveries.deliver(arn, failureRecord(lane, records, condition,
                result), Map.of(), true, functionArn));
    }

    private String failureRecord(Lane lane, List<ShardedLog.StreamRecord> records, String condition,
            InvocationResult result) {
        ObjectNode record = OnFailureRecord.start(functionArn, condition, lane.invocations, result, clock.getAsLong());
        ObjectNode info = record.putObject(stream.batchInfoName());
        info.put("shardId", ShardedLog.shardId(lane.shard));
        info.put("startSequenceNumber", records.get(0).sequenceNumber().toString());
        info.put("endSequenceNumber", records.get(records.size() - 1).sequenceNumber().toString());
        info.put("approximateArrivalOfFirstRecord", OnFailureRecord.timestamp(records.get(0).arrivalMillis()));
        info.put("approximateArrivalOfLastRecord",
                OnFailureRecord.timestamp(records.get(records.size() - 1).arrivalMillis()));
        info.put("batchSize", records.size());
        info.put("streamArn", stream.arn());
        return record.toString();
    }
}
