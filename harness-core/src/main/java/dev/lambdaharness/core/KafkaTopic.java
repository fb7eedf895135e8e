package dev.lambdaharness.core;

import dev.lambdaharness.core.internal.esm.LocalKafkaTopic;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A local Kafka topic of a {@link LambdaRuntime}, on an Amazon MSK cluster or a self-managed one,
 * which a test fills and an event source mapping reads: partitions with offsets from 0, records with
 * keys, values, headers and {@code CREATE_TIME} timestamps, placed as the producer's default
 * partitioner places them (the murmur2 hash of the key; keyless records round robin) unless a
 * partition is given.
 *
 * <pre>{@code
 * KafkaTopic orders = runtime.kafkaTopic("orders", 3);
 * KafkaTopic.Sent sent = orders.send("ORD-1001", "{\"status\":\"PLACED\"}");
 * orders.send(2, "ORD-1002", "{\"status\":\"PLACED\"}", Map.of("type", "OrderPlaced"), Instant.now());
 * runtime.eventSourceMapping(function, EventSourceMappingConfig.builder(orders).build());
 * }</pre>
 */
public final class KafkaTopic {

    private final LocalKafkaTopic topic;

    KafkaTopic(LocalKafkaTopic topic) {
        this.topic = topic;
    }

    /** The topic's name. */
    public String name() {
        return topic.name();
    }

    /** How many partitions it has. */
    public int partitionCount() {
        return topic.partitionCount();
    }

    /** The MSK cluster's ARN; empty for a self-managed cluster. */
    public Optional<String> clusterArn() {
        return Optional.ofNullable(topic.clusterArn());
    }

    /** The cluster's bootstrap servers, as the events name them. */
    public String bootstrapServers() {
        return topic.bootstrapServers();
    }

    /** {@code aws:kafka} (MSK) or {@code SelfManagedKafka}. */
    public String eventSource() {
        return topic.eventSource();
    }

    /** Sends a record whose partition the default partitioner chooses (by its key's murmur2 hash). */
    public Sent send(String key, String value) {
        return sent(topic.put(null, key, Objects.requireNonNull(value, "value"), Map.of(), null));
    }

    /**
     * Sends a record to a partition.
     *
     * @throws InvalidConfigurationException when the topic has no such partition ({@code UnknownTopicOrPartitionException})
     */
    public Sent send(int partition, String key, String value) {
        return sent(topic.put(partition, key, Objects.requireNonNull(value, "value"), Map.of(), null));
    }

    /**
     * Sends a record with headers and a timestamp of its own, as a producer's {@code send} does.
     *
     * @param partition its partition, or null for the default partitioner's choice
     * @param key its key, or null for none
     * @param timestamp its {@code CREATE_TIME}, or null for now on the runtime's clock
     * @throws InvalidConfigurationException for a partition the topic does not have
     *     ({@code UnknownTopicOrPartitionException}) or a record over 1 MB ({@code RecordTooLargeException})
     */
    public Sent send(Integer partition, String key, String value, Map<String, String> headers, Instant timestamp) {
        return sent(topic.put(partition, key, Objects.requireNonNull(value, "value"), Map.copyOf(headers),
                timestamp == null ? null : timestamp.toEpochMilli()));
    }

    /**
     * The offset the next record of a partition gets.
     *
     * @throws InvalidConfigurationException when the topic has no such partition
     */
    public long endOffset(int partition) {
        topic.checkPartition(partition);
        return topic.endOffset(partition);
    }

    /**
     * The values of a partition's records, in offset order.
     *
     * @throws InvalidConfigurationException when the topic has no such partition
     */
    public List<String> values(int partition) {
        topic.checkPartition(partition);
        return topic.records(partition, 0).stream().map(r -> new String(Base64.getDecoder().decode(
                r.record().get("value").asText()), StandardCharsets.UTF_8)).toList();
    }

    LocalKafkaTopic model() {
        return topic;
    }

    private static Sent sent(LocalKafkaTopic.KafkaRecord record) {
        return new Sent(record.partition(), record.offset());
    }

    @Override
    public String toString() {
        return "KafkaTopic[" + name() + ", " + partitionCount() + " partitions, " + eventSource() + "]";
    }

    /**
     * Where a sent record went.
     *
     * @param partition its partition
     * @param offset its offset there
     */
    public record Sent(int partition, long offset) {
    }
}
