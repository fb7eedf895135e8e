package dev.lambdaharness.core.template;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A poller that reads a queue or stream and invokes the function with batches, as a template
 * declares it: a SAM event of type {@code SQS}, {@code Kinesis}, {@code DynamoDB}, {@code MQ},
 * {@code MSK}, {@code SelfManagedKafka} or {@code DocumentDB}, or an
 * {@code AWS::Lambda::EventSourceMapping} resource. Read as written, with references resolved;
 * unset settings are empty, for Lambda's defaults.
 *
 * <pre>{@code
 * EventSourceMapping orders = template.function("OrdersFunction").eventSourceMappings().get(0);
 * orders.eventSourceArn();         // arn:aws:sqs:us-east-1:123456789012:orders
 * orders.batchSize();              // OptionalInt[10]
 * orders.functionResponseTypes();  // [ReportBatchItemFailures]
 * }</pre>
 *
 * @param id the SAM event's name, or the mapping resource's logical id
 * @param type {@code SQS}, {@code Kinesis}, {@code DynamoDB}, {@code MQ}, {@code MSK}, {@code SelfManagedKafka} or
 *             {@code DocumentDB} (for a mapping resource, from its source ARN's service)
 * @param eventSourceArn the queue, stream, broker or cluster ARN; for {@code SelfManagedKafka}, the bootstrap
 *     servers, comma-separated
 * @param batchSize the most records in one batch
 * @param maximumBatchingWindowInSeconds how long records are gathered before a batch is sent
 * @param startingPosition where a stream is first read ({@code TRIM_HORIZON}, {@code LATEST}, {@code AT_TIMESTAMP})
 * @param startingPositionTimestamp with {@code AT_TIMESTAMP}, the time reading starts from
 *     ({@code StartingPositionTimestamp}, Unix seconds)
 * @param functionResponseTypes {@code ReportBatchItemFailures} when the function reports partial failures
 * @param bisectBatchOnFunctionError whether a failing stream batch is split in two
 * @param maximumRetryAttempts the retries of a failing stream batch
 * @param maximumRecordAgeInSeconds the age past which stream records are dropped
 * @param parallelizationFactor concurrent batches per shard
 * @param tumblingWindowInSeconds the tumbling window of a stream
 * @param maximumConcurrency the most concurrent invocations of an SQS poller
 * @param filterPatterns the filter criteria's patterns, each a JSON text
 * @param onFailureDestination where records of a failed stream batch are sent
 * @param enabled whether the poller runs
 * @param topics the Kafka topics read ({@code MSK}, {@code SelfManagedKafka})
 * @param queues the broker queues read ({@code MQ})
 */
public record EventSourceMapping(String id, String type, String eventSourceArn, OptionalInt batchSize,
        OptionalInt maximumBatchingWindowInSeconds, Optional<String> startingPosition,
        Optional<Instant> startingPositionTimestamp, List<String> functionResponseTypes,
        Optional<Boolean> bisectBatchOnFunctionError, OptionalInt maximumRetryAttempts,
        OptionalInt maximumRecordAgeInSeconds, OptionalInt parallelizationFactor, OptionalInt tumblingWindowInSeconds,
        OptionalInt maximumConcurrency, List<String> filterPatterns, Optional<String> onFailureDestination,
        boolean enabled, List<String> topics, List<String> queues) {
}
