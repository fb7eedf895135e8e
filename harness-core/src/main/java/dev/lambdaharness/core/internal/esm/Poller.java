package dev.lambdaharness.core.internal.esm;

/** What every event source mapping's poller does, whatever its source. */
public interface Poller {

    /** What it did so far. */
    MappingCounters counters();

    /** Starts or stops polling; batches running go on. */
    void enabled(boolean on);

    boolean enabled();

    /** The batches it may run at once now. */
    int concurrency();

    /** Whether nothing is left for it to do: disabled or its source read to the end, and no batch running. */
    boolean idle();

    /** Whether no batch of it runs now. */
    boolean noBatchRunning();

    /** Starts what it may start now. */
    void pump();

    /** Stops polling for good. */
    void close();
}
