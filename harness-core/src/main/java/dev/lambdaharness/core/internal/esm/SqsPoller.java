package dev.lambdaharness.core.internal.esm;

import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.core.TooManyRequestsException;
import dev.lambdaharness.core.internal.clock.TimerQueue;
import dev.lambdaharness.internal.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;

/**
 * The poller of an SQS event source mapping: it receives batches (closing one on the batch size,
 * the window or 6 MB, whichever comes first; the window starts once the poller is free to send),
 * runs up to its concurrency of them at once, deletes what succeeded and leaves the rest to come
 * back after the visibility timeout. Messages that match none of the mapping's filters are deleted
 * as they are received and take no place in a batch. Its concurrency starts at {@link #INITIAL_CONCURRENCY}
 * batches and grows by {@link #SCALE_STEP} each {@link #SCALE_PERIOD} while messages wait, up to
 * {@link #MAX_CONCURRENCY}, capped by {@code MaximumConcurrency} and the function's reserved
 * concurrency.
 */
public final class SqsPoller extends PollerBase {

    /** Concurrent batches when polling starts. */
    public static final int INITIAL_CONCURRENCY = 5;
    /** How many concurrent batches are added at most per {@link #SCALE_PERIOD} while messages wait. */
    public static final int SCALE_STEP = 300;
    /** How often concurrency grows. */
    public static final Duration SCALE_PERIOD = Duration.ofMinutes(1);
    /** The most concurrent batches of one SQS mapping. */
    public static final int MAX_CONCURRENCY = 1250;
    /** The largest batch payload: Lambda's 6 MB invocation limit, less the event's envelope. */
    public static final int MAX_BATCH_BYTES = LambdaFunction.MAX_REQUEST_BYTES - 64;

    private final LocalSqsQueue queue;
    private final int batchSize;
    private final long windowMillis;
    private final boolean reportBatchItemFailures;
    private final int maximumConcurrency;
    private final IntSupplier functionConcurrency;
    private final RecordFilter filter;
    private final LongSupplier clock;
    private final TimerQueue timers;
    private final Executor executor;
    private int running;
    private int scaledConcurrency = INITIAL_CONCURRENCY;
    private TimerQueue.Timer scaleTimer;
    private long windowStartMillis = -1;
    private TimerQueue.Timer windowTimer;

    /**
     * A poller, enabled or not.
     *
     * @param functionConcurrency the function's reserved concurrency, or {@code Integer.MAX_VALUE} without one
     */
    public SqsPoller(LocalSqsQueue queue, Function<byte[], InvocationResult> invoker, int batchSize, Duration window,
            boolean reportBatchItemFailures, int maximumConcurrency, IntSupplier functionConcurrency, RecordFilter filter,
            LongSupplier clock, TimerQueue timers, Executor executor, boolean enabled) {
        super(invoker, enabled);
        this.queue = queue;
        this.batchSize = batchSize;
        this.windowMillis = window.toMillis();
        this.reportBatchItemFailures = reportBatchItemFailures;
        this.maximumConcurrency = maximumConcurrency;
        this.functionConcurrency = functionConcurrency;
        this.filter = filter;
        this.clock = clock;
        this.timers = timers;
        this.executor = executor;
        queue.onReceivable(this::pump);
    }

    /** The concurrent batches allowed now. */
    @Override
    public synchronized int concurrency() {
        return Math.min(Math.min(scaledConcurrency, maximumConcurrency), Math.max(1, functionConcurrency.getAsInt()));
    }

    /** Whether nothing is left for it to do: disabled or its queue empty, and no batch running. */
    @Override
    public synchronized boolean idle() {
        return running == 0 && (!enabled || closed || queue.size() == 0);
    }

    /** Whether no batch of it runs now. */
    @Override
    public synchronized boolean noBatchRunning() {
        return running == 0;
    }

    /** Stops polling for good. */
    @Override
    public synchronized void close() {
        closed = true;
        if (scaleTimer != null) {
            scaleTimer.cancel();
        }
        if (windowTimer != null) {
            windowTimer.cancel();
        }
    }

    /** Receives and starts the batches the concurrency allows. */
    @Override
    public void pump() {
        List<List<LocalSqsQueue.Received>> batches = new ArrayList<>();
        synchronized (this) {
            if (closed || !enabled) {
                return;
            }
            while (running < concurrency()) {
                if (windowMillis > 0 && !windowOver()) {
                    break;
                }
                List<LocalSqsQueue.Received> batch = queue.receive(batchSize, MAX_BATCH_BYTES,
                        filter == RecordFilter.NONE ? null : this::delivers);
                if (batch.isEmpty()) {
                    break;
                }
                windowStartMillis = -1;
                running++;
                batches.add(batch);
            }
            scaleWhileMessagesWait();
        }
        for (List<LocalSqsQueue.Received> batch : batches) {
            executor.execute(() -> process(batch));
        }
    }

    /** Whether a batch may be sent now: a full batch waits, or the window that started when the poller was free is over. */
    private boolean windowOver() {
        int waiting = queue.visibleCount();
        if (waiting == 0) {
            return false;
        }
        if (waiting >= batchSize) {
            return true;
        }
        long now = clock.getAsLong();
        if (windowStartMillis < 0) {
            windowStartMillis = now;
        }
        long due = windowStartMillis + windowMillis;
        if (now >= due) {
            return true;
        }
        if (windowTimer == null || windowTimer.dueMillis() != due) {
            windowTimer = timers.at(due, this::pump);
        }
        return false;
    }

    private void scaleWhileMessagesWait() {
        if (running < concurrency() || scaledConcurrency >= MAX_CONCURRENCY || scaleTimer != null
                || queue.visibleCount() == 0) {
            return;
        }
        scaleTimer = timers.at(clock.getAsLong() + SCALE_PERIOD.toMillis(), () -> {
            synchronized (this) {
                scaleTimer = null;
                scaledConcurrency = Math.min(MAX_CONCURRENCY, scaledConcurrency + SCALE_STEP);
            }
            pump();
        });
    }

    /**
     * Whether a received message reaches the function; the service deletes one that matches no
     * filter before it batches, so it takes no place in the batch.
     */
    private boolean delivers(ObjectNode record) {
        if (filter.matches(record)) {
            return true;
        }
        counters.filteredOut.incrementAndGet();
        return false;
    }

    private void process(List<LocalSqsQueue.Received> batch) {
        try {
            invoke(batch);
        } finally {
            synchronized (this) {
                running--;
                if (running == 0 && queue.size() == 0) {
                    // An empty queue scales the poller back down.
                    scaledConcurrency = INITIAL_CONCURRENCY;
                }
            }
            pump();
        }
    }

    private void invoke(List<LocalSqsQueue.Received> batch) {
        InvocationResult result;
        try {
            result = send(batch.stream().map(LocalSqsQueue.Received::record).toList());
        } catch (TooManyRequestsException throttled) {
            // The batch stays in flight and comes back after the visibility timeout, its receive count spent.
            counters.throttledBatches.incrementAndGet();
            return;
        }
        if (result == null) {
            return;
        }
        counters.invocations.incrementAndGet();
        counters.recordsDelivered.addAndGet(batch.size());
        if (!result.succeeded()) {
            counters.failedInvocations.incrementAndGet();
            return;
        }
        Set<String> failed = Set.of();
        if (reportBatchItemFailures) {
            Set<String> ids = new HashSet<>();
            batch.forEach(message -> ids.add(message.messageId()));
            Optional<Set<String>> reported = BatchItemFailures.read(result.payload(), ids);
            if (reported.isEmpty()) {
                counters.failedInvocations.incrementAndGet();
                return;
            }
            failed = reported.get();
            counters.recordsReportedFailed.addAndGet(failed.size());
        }
        for (LocalSqsQueue.Received message : batch) {
            if (!failed.contains(message.messageId())) {
                queue.delete(message.receiptHandle());
            }
        }
    }
}
