package dev.lambdaharness.core.internal.esm;

import dev.lambdaharness.core.InvalidConfigurationException;
import dev.lambdaharness.events.Events;
import dev.lambdaharness.internal.jackson.databind.ObjectMapper;
import dev.lambdaharness.internal.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.LongSupplier;

/**
 * A Kinesis data stream as Kinesis keeps it: shards that split the 128-bit hash key range evenly,
 * each record put on the shard whose range holds the MD5 of its partition key, with an increasing
 * sequence number and its arrival time. Its records are the Kinesis event builder's, with the
 * stream's own shard, sequence number and arrival time.
 */
public final class LocalKinesisStream extends ShardedLog {

    /** The largest record Kinesis accepts, data and partition key together: 1 MiB. */
    public static final int MAX_RECORD_BYTES = 1_048_576;
    /** The most shards of a stream in the regions with the higher quota. */
    public static final int MAX_SHARDS = 500;
    private static final BigInteger HASH_KEY_SPACE = BigInteger.ONE.shiftLeft(128);
    /** A 56-digit start, as Kinesis's sequence numbers have. */
    private static final BigInteger SEQUENCE_BASE = new BigInteger("49590338271490256608559692538361571095921575989136588898");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String name;
    private final String region;
    private final String accountId;
    private long puts;

    public LocalKinesisStream(String name, int shardCount, String region, String accountId, LongSupplier clock) {
        super(checkShards(shardCount), clock);
        this.name = name;
        this.region = region;
        this.accountId = accountId;
    }

    private static int checkShards(int shardCount) {
        if (shardCount < 1 || shardCount > MAX_SHARDS) {
            throw new InvalidConfigurationException("ShardCount", Integer.toString(shardCount),
                    shardCount < 1 ? "ValidationException" : "LimitExceededException", "ShardCount " + shardCount
                    + " is out of range: Kinesis accepts 1 to " + MAX_SHARDS + " shards per stream here (its default"
                    + " quota in the larger regions). Give a count in that range.");
        }
        return shardCount;
    }

    public String name() {
        return name;
    }

    @Override
    public String arn() {
        return "arn:aws:kinesis:" + region + ":" + accountId + ":stream/" + name;
    }

    @Override
    public String batchInfoName() {
        return "KinesisBatchInfo";
    }

    /** The shard whose hash key range holds the MD5 of the partition key, as Kinesis places a record. */
    public int shardOf(String partitionKey) {
        BigInteger hash;
        try {
            hash = new BigInteger(1, MessageDigest.getInstance("MD5").digest(partitionKey.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        // Shard i holds [i * 2^128 / n, (i + 1) * 2^128 / n - 1], as CreateStream splits the range evenly.
        return hash.multiply(BigInteger.valueOf(shardCount())).divide(HASH_KEY_SPACE).intValue();
    }

    /**
     * Puts a record, as {@code PutRecord} does.
     *
     * @return the record as stored: its shard and sequence number
     * @throws InvalidConfigurationException when Kinesis would refuse it (a partition key of 0 or over 256 characters,
     *     a record over 1 MiB)
     */
    public StreamRecord put(String partitionKey, byte[] data) {
        if (partitionKey == null || partitionKey.isEmpty() || partitionKey.length() > 256) {
            throw new InvalidConfigurationException("PartitionKey", String.valueOf(partitionKey), "ValidationException",
                    "Partition key " + (partitionKey == null ? "null" : "'" + partitionKey + "'") + " is not one Kinesis"
                    + " accepts: 1 to 256 characters (ValidationException). Give one, for example the entity's id.");
        }
        int bytes = data.length + partitionKey.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_RECORD_BYTES) {
            throw new InvalidConfigurationException("Data", bytes + " bytes", "ValidationException", "The record is "
                    + bytes + " bytes with its partition key: Kinesis refuses more than " + MAX_RECORD_BYTES
                    + " (ValidationException: Member must have length less than or equal to 1048576). Put less, for"
                    + " example a reference to an S3 object.");
        }
        int shard = shardOf(partitionKey);
        long now = clock.getAsLong();
        StreamRecord stored;
        synchronized (this) {
            BigInteger sequence = SEQUENCE_BASE.add(BigInteger.valueOf(++puts).shiftLeft(32)).add(BigInteger.valueOf(shard));
            stored = append(shard, sequence, partitionKey, now, record(shard, sequence, partitionKey, data, now));
        }
        announce();
        return stored;
    }

    private ObjectNode record(int shard, BigInteger sequence, String partitionKey, byte[] data, long now) {
        ObjectNode record;
        try {
            record = (ObjectNode) JSON.readTree(Events.kinesis().stream(name).shard(shard).region(region).account(accountId)
                    .clock(Clock.fixed(Instant.ofEpochMilli(now), ZoneOffset.UTC)).record(partitionKey, data).build()
                    .asBytes()).get("Records").get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ((ObjectNode) record.get("kinesis")).put("sequenceNumber", sequence.toString());
        record.put("eventID", shardId(shard) + ":" + sequence);
        return record;
    }
}
