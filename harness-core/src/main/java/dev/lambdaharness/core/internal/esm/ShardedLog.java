package dev.lambdaharness.core.internal.esm;

import dev.lambdaharness.core.InvalidConfigurationException;
import dev.lambdaharness.internal.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongSupplier;

/**
 * The records of a stream's shards, in the order they arrived, each with its sequence number: what
 * a stream's event source mapping reads, whether the stream is Kinesis's or DynamoDB's. Records stay
 * (a stream is read, not emptied).
 */
public abstract class ShardedLog {

    private final List<List<StreamRecord>> shards = new ArrayList<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    protected final LongSupplier clock;

    /**
     * A record of a shard.
     *
     * @param shardId the shard's id
     * @param index its place in the shard, from 0
     * @param sequenceNumber its sequence number
     * @param partitionKey its partition key (for DynamoDB, the item's partition key value), which orders a lane
     * @param arrivalMillis when it arrived, on the runtime's clock
     * @param record the record of the event
     * @param bytes the record's size in the event
     */
    public record StreamRecord(String shardId, int index, BigInteger sequenceNumber, String partitionKey,
            long arrivalMillis, ObjectNode record, int bytes) {
    }

    protected ShardedLog(int shardCount, LongSupplier clock) {
        this.clock = clock;
        for (int i = 0; i < shardCount; i++) {
            shards.add(new ArrayList<>());
        }
    }

    /** The stream's ARN, as on-failure records name it. */
    public abstract String arn();

    /** The member of an on-failure record that describes the batch: {@code KinesisBatchInfo} or {@code DDBStreamBatchInfo}. */
    public abstract String batchInfoName();

    public int shardCount() {
        return shards.size();
    }

    public static String shardId(int index) {
        return String.format("shardId-%012d", index);
    }

    /** Hears when a record arrives. */
    public void onPut(Runnable listener) {
        listeners.add(listener);
    }

    /**
     * Appends a record to a shard; call {@link #announce()} after, holding no lock, so that a
     * listener (a poller reading the log under its own lock) never waits for this one.
     */
    protected synchronized StreamRecord append(int shard, BigInteger sequenceNumber, String partitionKey, long arrivalMillis,
            ObjectNode record) {
        StreamRecord stored = new StreamRecord(shardId(shard), shards.get(shard).size(), sequenceNumber, partitionKey,
                arrivalMillis, record, record.toString().length());
        shards.get(shard).add(stored);
        return stored;
    }

    /** Tells the listeners that records arrived. */
    protected void announce() {
        listeners.forEach(Runnable::run);
    }

    /** The records of a shard from an index on. */
    public synchronized List<StreamRecord> records(int shard, int from) {
        List<StreamRecord> records = shards.get(shard);
        return from >= records.size() ? List.of() : List.copyOf(records.subList(from, records.size()));
    }

    /** The index of a shard's first record that arrived at or after then; the shard's size when none did. */
    public synchronized int firstArrivedAtOrAfter(int shard, long millis) {
        List<StreamRecord> records = shards.get(shard);
        for (int i = 0; i < records.size(); i++) {
            if (records.get(i).arrivalMillis() >= millis) {
                return i;
            }
        }
        return records.size();
    }

    /** How many records a shard holds. */
    public synchronized int size(int shard) {
        return shards.get(shard).size();
    }

    /** The index of a shard by its id; refused when the stream has no such shard. */
    public int shardIndex(String shardId) {
        for (int i = 0; i < shards.size(); i++) {
            if (shardId(i).equals(shardId)) {
                return i;
            }
        }
        throw new InvalidConfigurationException("ShardId", shardId, "ResourceNotFoundException", "Stream " + arn()
                + " has no shard " + shardId + " (ResourceNotFoundException): its shards are " + shardId(0) + " to "
                + shardId(shards.size() - 1) + ".");
    }
}
