package dev.lambdaharness.core.internal.esm;

import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.core.MqQueue;
import dev.lambdaharness.core.TooManyRequestsException;
import dev.lambdaharness.core.internal.clock.TimerQueue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;

/**
 * The poller of an Amazon MQ queue's event source mapping: up to {@link #ACTIVEMQ_CONCURRENCY}
 * batches at once for ActiveMQ, {@link #RABBITMQ_CONCURRENCY} for RabbitMQ (capped by the function's
 * reserved concurrency), each of the messages deliverable now and not in another batch, in order, up to {@code BatchSize} and 6 MB, sent when full or when the window from
 * its first message ends. Success acknowledges the batch; a failure returns every message to the
 * broker, which redelivers it until its limit and then dead-letters it. Messages that match no
 * filter are acknowledged without an invocation, and so is a message over 6 MB, which Lambda drops.
 */
public final class MqPoller extends BrokerPoller {

    /**
     * The execution environments an ActiveMQ mapping uses at most: "the Lambda service limits the
     * number of concurrent execution environments to 5 per Amazon MQ event source mapping" (Lambda
     * Developer Guide, "Using Lambda with Amazon MQ"), whatever the function's concurrency.
     */
    public static final int ACTIVEMQ_CONCURRENCY = 5;
    /** A RabbitMQ mapping's: "1 per Amazon MQ event source mapping" (the same page). */
    public static final int RABBITMQ_CONCURRENCY = 1;

    /** The wait before a throttled batch is delivered again (not a redelivery). */
    public static final Duration THROTTLE_DELAY = StreamPoller.THROTTLE_DELAY;

    private static final System.Logger LOG = System.getLogger("dev.lambdaharness");

    private final LocalMqQueue queue;
    private final int batchSize;
    private final RecordFilter filter;
    private long throttledUntil;

    /**
     * @param functionConcurrency the function's reserved concurrency, or {@code Integer.MAX_VALUE} without one
     */
    public MqPoller(LocalMqQueue queue, Function<byte[], InvocationResult> invoker, int batchSize, Duration window,
            RecordFilter filter, IntSupplier functionConcurrency, LongSupplier clock, TimerQueue timers,
            Executor executor, boolean enabled) {
        super(invoker, window, functionConcurrency, clock, timers, executor, enabled);
        this.queue = queue;
        this.batchSize = batchSize;
        this.filter = filter;
        queue.onSend(this::pump);
    }

    @Override
    protected int sourceConcurrency() {
        return queue.engine() == MqQueue.Engine.ACTIVEMQ ? ACTIVEMQ_CONCURRENCY : RABBITMQ_CONCURRENCY;
    }

    @Override
    protected boolean hasWork() {
        return queue.size() > 0;
    }

    @Override
    protected Runnable next() {
        long now = clock.getAsLong();
        if (now < throttledUntil) {
            wakeAt(throttledUntil);
            return null;
        }
        List<LocalMqQueue.Entry> batch = new ArrayList<>();
        List<LocalMqQueue.Entry> dropped = new ArrayList<>();
        int bytes = 0;
        long first = Long.MAX_VALUE;
        for (LocalMqQueue.Entry entry : queue.ready(now)) {
            if (entry.bytes > SqsPoller.MAX_BATCH_BYTES) {
                // "Records also go unprocessed if Lambda drops them due to their size": no batch could carry it.
                LOG.log(System.Logger.Level.WARNING, "Message " + entry.id + " of MQ queue " + queue.name() + " is "
                        + entry.bytes + " bytes in the event, over Lambda's 6 MB: it is dropped unprocessed, as Lambda drops it.");
                counters.batchesDiscarded.incrementAndGet();
                dropped.add(entry);
                continue;
            }
            if (batch.size() == batchSize || bytes + entry.bytes > SqsPoller.MAX_BATCH_BYTES) {
                break;
            }
            if (!filter.matches(entry.message())) {
                counters.filteredOut.incrementAndGet();
                dropped.add(entry);
                continue;
            }
            batch.add(entry);
            bytes += entry.bytes;
            first = Math.min(first, entry.readyAtMillis);
        }
        if (!dropped.isEmpty()) {
            queue.acknowledge(dropped);
        }
        long later = queue.nextReadyAt(now);
        if (later >= 0) {
            wakeAt(later);
        }
        if (batch.isEmpty()) {
            return null;
        }
        boolean full = batch.size() == batchSize || bytes + 1024 > SqsPoller.MAX_BATCH_BYTES;
        if (!windowEnded(first, full)) {
            return null;
        }
        queue.deliver(batch);
        return () -> invoke(batch);
    }

    private void invoke(List<LocalMqQueue.Entry> batch) {
        InvocationResult result;
        try {
            result = sendEvent(queue.event(batch));
        } catch (TooManyRequestsException throttled) {
            counters.throttledBatches.incrementAndGet();
            queue.release(batch);
            synchronized (this) {
                throttledUntil = clock.getAsLong() + THROTTLE_DELAY.toMillis();
            }
            finished();
            return;
        }
        if (result == null) {
            return;
        }
        counters.invocations.incrementAndGet();
        counters.recordsDelivered.addAndGet(batch.size());
        if (result.succeeded()) {
            queue.acknowledge(batch);
        } else {
            counters.failedInvocations.incrementAndGet();
            queue.failed(batch, clock.getAsLong());
        }
        finished();
    }
}
