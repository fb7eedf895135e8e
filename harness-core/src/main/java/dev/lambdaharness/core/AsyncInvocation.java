package dev.lambdaharness.core;

/**
 * What an asynchronous invocation ({@code InvocationType: Event}) answers at once: 202 and the
 * request id the event keeps through every attempt. What happens to the event later (its retries,
 * its destination or dead-letter record) is in the runtime's {@link DestinationSink sinks}.
 *
 * <pre>{@code
 * AsyncInvocation accepted = function.invokeAsync("{\"orderId\":1}");
 * accepted.statusCode(); // 202
 * runtime.settleAsync(Duration.ofSeconds(10));
 * runtime.destination(FAILURES).records();
 * }</pre>
 *
 * @param requestId the event's request id, the same on every attempt
 * @param functionArn the ARN the invocation named, qualified when it named a version or alias
 */
public record AsyncInvocation(String requestId, String functionArn) {

    /** The Invoke API's status for an accepted event. */
    public static final int STATUS_CODE = 202;

    /** 202, as the Invoke API answers an accepted event. */
    public int statusCode() {
        return STATUS_CODE;
    }
}
