package dev.lambdaharness.core.internal.esm;

import java.util.concurrent.atomic.AtomicLong;

/** What one event source mapping did, counted as it happens. */
public final class MappingCounters {
    /** Invocations the mapping made that ran. */
    public final AtomicLong invocations = new AtomicLong();
    /** Records those invocations carried. */
    public final AtomicLong recordsDelivered = new AtomicLong();
    /** Invocations that failed as a whole (an error, a timeout, an invalid partial response). */
    public final AtomicLong failedInvocations = new AtomicLong();
    /** Records a function reported as failed in a partial response. */
    public final AtomicLong recordsReportedFailed = new AtomicLong();
    /** Records that matched no filter and were dropped. */
    public final AtomicLong filteredOut = new AtomicLong();
    /** Batches the function's concurrency throttled. */
    public final AtomicLong throttledBatches = new AtomicLong();
    /** The age of the last record of the latest batch when it was invoked (streams). */
    public final AtomicLong iteratorAgeMillis = new AtomicLong();
    /** The greatest of those ages. */
    public final AtomicLong maximumIteratorAgeMillis = new AtomicLong();
    /** Batches (or parts of them) sent to the on-failure destination, or dropped without one (streams, Kafka); MQ messages too large. */
    public final AtomicLong batchesDiscarded = new AtomicLong();

    /** Records the age of a batch's last record at its invocation. */
    public void iteratorAge(long millis) {
        iteratorAgeMillis.set(millis);
        maximumIteratorAgeMillis.accumulateAndGet(millis, Math::max);
    }
}
