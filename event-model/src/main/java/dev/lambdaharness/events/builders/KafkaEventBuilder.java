package dev.lambdaharness.events.builders;

import dev.lambdaharness.internal.jackson.databind.JsonNode;
import dev.lambdaharness.internal.jackson.databind.node.ArrayNode;
import dev.lambdaharness.internal.jackson.databind.node.ObjectNode;
import dev.lambdaharness.events.internal.Checks;
import dev.lambdaharness.events.internal.Encodings;
import dev.lambdaharness.events.internal.Ids;
import dev.lambdaharness.events.internal.Json;
import dev.lambdaharness.events.internal.Wire;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * A Kafka event from Amazon MSK ({@code eventSource} {@code aws:kafka}, with the cluster's ARN and
 * broker addresses) or from a self-managed cluster ({@code SelfManagedKafka}, the bootstrap servers
 * given, no ARN). Records are grouped under {@code "<topic>-<partition>"} keys; keys and values are
 * base64, header values are arrays of signed bytes, offsets increase within each partition, and
 * {@code timestamp} is epoch milliseconds from the clock ({@code CREATE_TIME}).
 *
 * <p>With {@link #partitions(int)} above 1, record {@code i} goes to partition
 * {@code i % partitions}.
 *
 * <pre>{@code
 * EventPayload msk = Events.kafka().cluster("payments").topic("payments")
 *         .record("p-1", "{\"amount\":10}", Map.of("trace", "abc"))
 *         .records(9, i -> "{\"amount\":" + i + "}")
 *         .partitions(3)
 *         .build();
 * EventPayload selfManaged = Events.kafka().selfManaged("kafka-1.internal:9092,kafka-2.internal:9092")
 *         .record("hello").build();
 * }</pre>
 */
public final class KafkaEventBuilder extends EventBuilder<KafkaEventBuilder> {

    private record Entry(String key, String value, Map<String, String> headers) {
    }

    private String cluster = "my-cluster";
    private String bootstrapServers;
    private String topic = "my-topic";
    private int partitions = 1;
    private List<Entry> entries = List.of();

    /** A builder for MSK cluster {@code my-cluster}; {@link dev.lambdaharness.events.Events#kafka()} is the usual way in. */
    public KafkaEventBuilder() {
    }

    /**
     * @param name the MSK cluster's name, from which its ARN and broker addresses derive
     * @return a builder for records from that MSK cluster (the default, {@code my-cluster})
     */
    public KafkaEventBuilder cluster(String name) {
        Checks.text("cluster", name);
        return with(b -> {
            b.cluster = name;
            b.bootstrapServers = null;
        });
    }

    /**
     * @param bootstrapServers the cluster's {@code host:port} list, comma-separated, as configured
     *     in the event source mapping
     * @return a builder for records from that self-managed cluster
     */
    public KafkaEventBuilder selfManaged(String bootstrapServers) {
        Checks.text("bootstrapServers", bootstrapServers);
        return with(b -> b.bootstrapServers = bootstrapServers);
    }

    /**
     * @param name the topic all records come from
     * @return a builder for that topic (default {@code my-topic})
     */
    public KafkaEventBuilder topic(String name) {
        Checks.text("topic", name);
        return with(b -> b.topic = name);
    }

    /**
     * @param count how many partitions the records are spread over, round robin
     * @return a builder spreading records that way (default 1)
     */
    public KafkaEventBuilder partitions(int count) {
        Checks.count("partitions", count);
        return with(b -> b.partitions = count);
    }

    /**
     * @param value the record's value as text, sent as its UTF-8 bytes
     * @return a builder with one more record, without key
     */
    public KafkaEventBuilder record(String value) {
        return record(null, value, Map.of());
    }

    /**
     * @param key the record's key as text, or {@code null} for none
     * @param value the record's value as text
     * @return a builder with one more record
     */
    public KafkaEventBuilder record(String key, String value) {
        return record(key, value, Map.of());
    }

    /**
     * @param key the record's key as text, or {@code null} for none
     * @param value the record's value as text
     * @param headers record headers, their values sent as UTF-8 bytes
     * @return a builder with one more record
     */
    public KafkaEventBuilder record(String key, String value, Map<String, String> headers) {
        Checks.present("value", value);
        Entry entry = new Entry(key, value, new LinkedHashMap<>(Checks.present("headers", headers)));
        return with(b -> b.entries = append(b.entries, entry));
    }

    /**
     * @param count how many records to add
     * @param value the text value of the record at each index, from 0
     * @return a builder with {@code count} more records, without keys
     */
    public KafkaEventBuilder records(int count, IntFunction<String> value) {
        Checks.count("count", count);
        List<Entry> more = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            more.add(new Entry(null, Checks.present("value " + i, value.apply(i)), Map.of()));
        }
        return with(b -> b.entries = append(b.entries, more));
    }

    @Override
    Object content() {
        return List.of(cluster, String.valueOf(bootstrapServers), topic, partitions, entries);
    }

    @Override
    JsonNode json(Wire wire) {
        if (entries.isEmpty()) {
            throw new IllegalStateException("The Kafka event has no record; Lambda never delivers an empty batch. "
                    + "Add one with record(value) or records(count, i -> value).");
        }
        Ids ids = wire.ids();
        ObjectNode event = Json.object();
        if (bootstrapServers == null) {
            String clusterId = ids.uuid() + "-" + ids.between(1, 10);
            String host = cluster + "." + ids.lowerAlphanumeric(6) + ".c" + ids.between(1, 4) + ".kafka."
                    + wire.region() + "." + wire.dnsSuffix();
            event.put("eventSource", "aws:kafka");
            event.put("eventSourceArn", wire.arn("kafka", "cluster/" + cluster + "/" + clusterId));
            event.put("bootstrapServers", "b-1." + host + ":9098,b-2." + host + ":9098,b-3." + host + ":9098");
        } else {
            event.put("eventSource", "SelfManagedKafka");
            event.put("bootstrapServers", bootstrapServers);
        }
        ObjectNode records = event.putObject("records");
        long[] offsets = new long[partitions];
        for (int p = 0; p < partitions; p++) {
            offsets[p] = ids.between(0, 100_000);
        }
        for (int i = 0; i < entries.size(); i++) {
            int partition = i % partitions;
            Entry entry = entries.get(i);
            ObjectNode record = Json.object();
            record.put("topic", topic);
            record.put("partition", partition);
            record.put("offset", offsets[partition]++);
            record.put("timestamp", wire.now().toEpochMilli());
            record.put("timestampType", "CREATE_TIME");
            if (entry.key() != null) {
                record.put("key", Encodings.base64(entry.key()));
            }
            record.put("value", Encodings.base64(entry.value()));
            ArrayNode headers = record.putArray("headers");
            entry.headers().forEach((name, value) -> {
                ArrayNode bytes = headers.addObject().putArray(name);
                for (byte b : Encodings.utf8(value)) {
                    bytes.add(b);
                }
            });
            String group = topic + "-" + partition;
            if (!records.has(group)) {
                records.putArray(group);
            }
            ((ArrayNode) records.get(group)).add(record);
        }
        return event;
    }
}
