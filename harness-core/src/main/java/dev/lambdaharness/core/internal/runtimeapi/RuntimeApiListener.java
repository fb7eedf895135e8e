package dev.lambdaharness.core.internal.runtimeapi;

/**
 * What the runtime does, reported as it happens. Called on the server's connection threads, one
 * call at a time per connection; {@link #onNextRequested()} returns before the invocation it asks
 * for is handed out, so a listener can cut logs at that point.
 */
public interface RuntimeApiListener {

    /** A listener that ignores everything. */
    RuntimeApiListener NONE = new RuntimeApiListener() { };

    /**
     * The runtime called {@code GET /runtime/invocation/next}: it has finished INIT or the previous
     * invocation and waits for the next one.
     */
    default void onNextRequested() {
    }

    /**
     * A spare environment's child has started its JVM and runtime client and waits on
     * {@link RuntimeApiServer#SPARE_START_PATH} to be made an environment.
     */
    default void onSpareWaiting() {
    }

    /** An invocation was handed to the runtime as the answer to {@code next}. */
    default void onInvocationDelivered(RuntimeApiInvocation invocation) {
    }

    /** The runtime posted a response, an error or an init error, and it was accepted (or refused as too large). */
    default void onPost(RuntimePost post) {
    }
}
