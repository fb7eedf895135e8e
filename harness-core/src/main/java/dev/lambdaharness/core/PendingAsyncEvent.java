package dev.lambdaharness.core;

import java.time.Instant;
import java.util.Optional;

/**
 * An asynchronous event not yet settled: queued, running, or waiting for a retry. When a runtime
 * closes with such events, it reports them ({@link LambdaRuntime#pendingAsyncEvents()}, and a
 * warning in its log) rather than dropping them silently.
 *
 * <pre>{@code
 * for (PendingAsyncEvent event : runtime.pendingAsyncEvents()) {
 *     System.out.println(event.requestId() + " next attempt at " + event.nextAttemptAt());
 * }
 * }</pre>
 *
 * @param requestId the event's request id
 * @param functionArn the qualified ARN of the function it is for
 * @param approximateInvokeCount how many times the function was invoked with it so far
 * @param nextAttemptAt when it is due again, on the runtime's clock, while it waits for a retry
 * @param payload the event
 */
public record PendingAsyncEvent(String requestId, String functionArn, int approximateInvokeCount,
        Optional<Instant> nextAttemptAt, String payload) {
}
