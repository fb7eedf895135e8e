package dev.lambdaharness.core;

import dev.lambdaharness.core.internal.esm.LocalKinesisStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * A local Kinesis data stream of a {@link LambdaRuntime}, which a test fills and an event source
 * mapping reads: shards splitting the hash key range evenly, each record placed by the MD5 of its
 * partition key as Kinesis places it, with an increasing sequence number and an arrival time on the
 * runtime's clock.
 *
 * <pre>{@code
 * KinesisStream clicks = runtime.kinesisStream("clicks", 2);
 * KinesisStream.PutResult put = clicks.putRecord("user-7", "{\"page\":\"/cart\"}");
 * put.shardId(); // shardId-000000000001
 * }</pre>
 */
public final class KinesisStream {

    private final LocalKinesisStream stream;

    KinesisStream(LocalKinesisStream stream) {
        this.stream = stream;
    }

    /** The stream's name. */
    public String name() {
        return stream.name();
    }

    /** The stream's ARN. */
    public String arn() {
        return stream.arn();
    }

    /** The ids of its shards, in order. */
    public List<String> shardIds() {
        return java.util.stream.IntStream.range(0, stream.shardCount()).mapToObj(dev.lambdaharness.core.internal.esm.ShardedLog::shardId).toList();
    }

    /** Puts a record whose data is the text's UTF-8 bytes. */
    public PutResult putRecord(String partitionKey, String data) {
        return putRecord(partitionKey, Objects.requireNonNull(data, "data").getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Puts a record, as {@code PutRecord} does.
     *
     * @throws InvalidConfigurationException when Kinesis would refuse it (a partition key of 0 or more than 256
     *     characters, a record over 1 MiB)
     */
    public PutResult putRecord(String partitionKey, byte[] data) {
        dev.lambdaharness.core.internal.esm.ShardedLog.StreamRecord record = stream.put(partitionKey, Objects.requireNonNull(data, "data"));
        return new PutResult(record.shardId(), record.sequenceNumber().toString());
    }

    /** The shard a partition key's records go to. */
    public String shardIdOf(String partitionKey) {
        return dev.lambdaharness.core.internal.esm.ShardedLog.shardId(stream.shardOf(Objects.requireNonNull(partitionKey, "partitionKey")));
    }

    /**
     * The sequence numbers of a shard's records, in order.
     *
     * @throws InvalidConfigurationException when the stream has no such shard ({@code ResourceNotFoundException})
     */
    public List<String> sequenceNumbers(String shardId) {
        return stream.records(stream.shardIndex(shardId), 0).stream().map(r -> r.sequenceNumber().toString()).toList();
    }

    LocalKinesisStream model() {
        return stream;
    }

    @Override
    public String toString() {
        return "KinesisStream[" + arn() + ", " + stream.shardCount() + " shards]";
    }

    /**
     * Where a put record went.
     *
     * @param shardId its shard
     * @param sequenceNumber its sequence number
     */
    public record PutResult(String shardId, String sequenceNumber) {
    }
}
