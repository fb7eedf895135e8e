package dev.lambdaharness.core;

import java.util.ArrayList;
import java.util.List;

/**
 * A local stand-in for a destination or dead-letter target of asynchronous invocations (an SQS queue,
 * an SNS topic, an EventBridge bus, an S3 bucket): it keeps what Lambda would deliver to the ARN,
 * for a test to read, and can be made to refuse deliveries, as a missing permission or a deleted
 * queue would. A destination that is a function of the same runtime is invoked instead.
 *
 * <pre>{@code
 * DestinationSink failures = runtime.destination("arn:aws:sqs:us-east-1:123456789012:failures");
 * function.invokeAsync("{}");
 * runtime.settleAsync(Duration.ofSeconds(10));
 * assertThat(failures.records()).hasSize(1);
 * }</pre>
 */
public final class DestinationSink {

    private final String arn;
    private final List<DeliveredRecord> records = new ArrayList<>();
    private boolean failing;

    DestinationSink(String arn) {
        this.arn = arn;
    }

    /** The ARN this sink stands for. */
    public String arn() {
        return arn;
    }

    /** What was delivered, in the order it arrived. */
    public synchronized List<DeliveredRecord> records() {
        return List.copyOf(records);
    }

    /** Makes deliveries fail (true) or succeed again (false); a failed delivery is counted, and the record lost, as on Lambda. */
    public synchronized void failDeliveries(boolean fail) {
        this.failing = fail;
    }

    /** Takes a record; false when deliveries fail. */
    synchronized boolean deliver(DeliveredRecord record) {
        if (failing) {
            return false;
        }
        records.add(record);
        return true;
    }
}
