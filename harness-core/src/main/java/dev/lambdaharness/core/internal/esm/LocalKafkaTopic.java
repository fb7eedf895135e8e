package dev.lambdaharness.core.internal.esm;

import dev.lambdaharness.core.InvalidConfigurationException;
import dev.lambdaharness.events.Events;
import dev.lambdaharness.events.builders.KafkaEventBuilder;
import dev.lambdaharness.internal.jackson.databind.ObjectMapper;
import dev.lambdaharness.internal.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongSupplier;

/**
 * A Kafka topic as a broker keeps it: partitions of records with offsets from 0, each record with its
 * key, value, headers and {@code CREATE_TIME} timestamp, placed by the producer's default partitioner
 * (murmur2 of the key; keyless records round robin). Its records are the Kafka event builder's, with
 * the topic's own partition, offset and timestamp; the event's envelope ({@code eventSource},
 * {@code eventSourceArn}, {@code bootstrapServers}) is the cluster's, MSK's or a self-managed one's.
 */
public final class LocalKafkaTopic {

    /** The largest record a broker accepts by default ({@code message.max.bytes}, MSK's default too). */
    public static final int MAX_RECORD_BYTES = 1_048_588;
    /** The most partitions here: a topic's partitions are one broker's default quota on MSK (4,000 per broker), well above any test's. */
    public static final int MAX_PARTITIONS = 4_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String name;
    private final KafkaEventBuilder cluster;
    private final ObjectNode envelope;
    private final List<List<KafkaRecord>> partitions = new ArrayList<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final LongSupplier clock;
    private int roundRobin;

    /**
     * A record of a partition.
     *
     * @param partition its partition
     * @param offset its offset, from 0 in each partition
     * @param timestampMillis its {@code CREATE_TIME} timestamp
     * @param arrivalMillis when it reached the topic, on the runtime's clock
     * @param record the record of the event
     * @param bytes its size in the event
     */
    public record KafkaRecord(int partition, long offset, long timestampMillis, long arrivalMillis, ObjectNode record,
            int bytes) {
    }

    /**
     * @param bootstrapServers the servers of a self-managed cluster, or null for an MSK cluster named {@code clusterName}
     */
    public LocalKafkaTopic(String name, int partitionCount, String clusterName, String bootstrapServers, String region,
            String accountId, LongSupplier clock) {
        if (name == null || !name.matches("[a-zA-Z0-9._-]{1,249}")) {
            throw new InvalidConfigurationException("Topics", String.valueOf(name), "InvalidTopicException", "Topic name "
                    + (name == null ? "null" : "'" + name + "'") + " is not one Kafka accepts: 1 to 249 of the characters"
                    + " a-z, A-Z, 0-9, '.', '_' and '-' (InvalidTopicException). Give such a name.");
        }
        if (partitionCount < 1 || partitionCount > MAX_PARTITIONS) {
            throw new InvalidConfigurationException("NumPartitions", Integer.toString(partitionCount),
                    "InvalidPartitionsException", "A topic of " + partitionCount + " partitions is refused: Kafka needs"
                    + " at least 1, and this harness takes at most " + MAX_PARTITIONS + " (InvalidPartitionsException)."
                    + " Give a count in that range.");
        }
        this.name = name;
        this.clock = clock;
        KafkaEventBuilder builder = Events.kafka().region(region).account(accountId).topic(name);
        this.cluster = bootstrapServers == null ? builder.cluster(clusterName) : builder.selfManaged(bootstrapServers);
        ObjectNode sample = tree(cluster.record("sample"));
        sample.remove("records");
        this.envelope = sample;
        for (int i = 0; i < partitionCount; i++) {
            partitions.add(new ArrayList<>());
        }
    }

    public String name() {
        return name;
    }

    public int partitionCount() {
        return partitions.size();
    }

    /** {@code aws:kafka} or {@code SelfManagedKafka}. */
    public String eventSource() {
        return envelope.get("eventSource").asText();
    }

    /** The MSK cluster's ARN; null for a self-managed cluster. */
    public String clusterArn() {
        return envelope.has("eventSourceArn") ? envelope.get("eventSourceArn").asText() : null;
    }

    public String bootstrapServers() {
        return envelope.get("bootstrapServers").asText();
    }

    /** The event's members besides {@code records}, as the cluster's events have them. */
    public ObjectNode envelope() {
        return envelope.deepCopy();
    }

    /** Hears when a record arrives. */
    public void onPut(Runnable listener) {
        listeners.add(listener);
    }

    /**
     * Produces a record, as a producer's {@code send} does.
     *
     * @param partition its partition, or null for the default partitioner's choice
     * @param key its key, or null for none
     * @param timestampMillis its {@code CREATE_TIME}, or null for now on the runtime's clock
     * @throws InvalidConfigurationException for a partition the topic does not have ({@code UnknownTopicOrPartitionException})
     *     or a record over {@link #MAX_RECORD_BYTES} ({@code RecordTooLargeException})
     */
    public KafkaRecord put(Integer partition, String key, String value, Map<String, String> headers, Long timestampMillis) {
        if (partition != null) {
            checkPartition(partition);
        }
        int bytes = size(key) + size(value) + headers.entrySet().stream().mapToInt(h -> size(h.getKey()) + size(h.getValue())).sum();
        if (bytes > MAX_RECORD_BYTES) {
            throw new InvalidConfigurationException("Record", bytes + " bytes", "RecordTooLargeException", "The record"
                    + " is " + bytes + " bytes with its key and headers: the broker refuses more than " + MAX_RECORD_BYTES
                    + " (RecordTooLargeException, the default message.max.bytes). Send less, for example a reference"
                    + " to an S3 object.");
        }
        long now = clock.getAsLong();
        long timestamp = timestampMillis != null ? timestampMillis : now;
        KafkaRecord stored;
        synchronized (this) {
            int chosen = partition != null ? partition
                    : key != null ? toPositive(murmur2(key.getBytes(StandardCharsets.UTF_8))) % partitions.size()
                    : roundRobin++ % partitions.size();
            List<KafkaRecord> records = partitions.get(chosen);
            ObjectNode record = (ObjectNode) tree(cluster.clock(Clock.fixed(Instant.ofEpochMilli(timestamp), ZoneOffset.UTC))
                    .record(key, value, headers)).get("records").elements().next().get(0);
            record.put("partition", chosen);
            record.put("offset", (long) records.size());
            stored = new KafkaRecord(chosen, records.size(), timestamp, now, record, record.toString().length());
            records.add(stored);
        }
        listeners.forEach(Runnable::run);
        return stored;
    }

    /** Refuses a partition the topic does not have, as the broker does ({@code UnknownTopicOrPartitionException}). */
    public void checkPartition(int partition) {
        if (partition < 0 || partition >= partitions.size()) {
            throw new InvalidConfigurationException("Partition", Integer.toString(partition),
                    "UnknownTopicOrPartitionException", "Topic '" + name + "' has no partition " + partition
                    + " (UnknownTopicOrPartitionException): its partitions are 0 to " + (partitions.size() - 1)
                    + ". Give one of those, or none for the default partitioner.");
        }
    }

    /** The records of a partition from an offset on. */
    public synchronized List<KafkaRecord> records(int partition, long from) {
        List<KafkaRecord> records = partitions.get(partition);
        return from >= records.size() ? List.of() : List.copyOf(records.subList((int) from, records.size()));
    }

    /** The offset the next record of a partition gets: its end. */
    public synchronized long endOffset(int partition) {
        return partitions.get(partition).size();
    }

    /**
     * Kafka's murmur2 hash, with which the default partitioner places a keyed record:
     * {@code toPositive(murmur2(keyBytes)) % partitions}.
     */
    public static int murmur2(byte[] data) {
        final int m = 0x5bd1e995;
        final int r = 24;
        int length = data.length;
        int h = 0x9747b28c ^ length;
        for (int i = 0; i + 4 <= length; i += 4) {
            int k = (data[i] & 0xff) | (data[i + 1] & 0xff) << 8 | (data[i + 2] & 0xff) << 16 | (data[i + 3] & 0xff) << 24;
            k *= m;
            k ^= k >>> r;
            k *= m;
            h *= m;
            h ^= k;
        }
        int tail = length & ~3;
        int rest = length % 4;
        // The last one to three bytes mix in from the highest down, then the hash is multiplied once.
        if (rest == 3) {
            h ^= (data[tail + 2] & 0xff) << 16;
        }
        if (rest >= 2) {
            h ^= (data[tail + 1] & 0xff) << 8;
        }
        if (rest >= 1) {
            h ^= data[tail] & 0xff;
            h *= m;
        }
        h ^= h >>> 13;
        h *= m;
        h ^= h >>> 15;
        return h;
    }

    private static int toPositive(int number) {
        return number & 0x7fffffff;
    }

    private static int size(String text) {
        return text == null ? 0 : text.getBytes(StandardCharsets.UTF_8).length;
    }

    private static ObjectNode tree(KafkaEventBuilder builder) {
        try {
            return (ObjectNode) JSON.readTree(builder.build().asBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
