package dev.lambdaharness.events.builders;

import dev.lambdaharness.internal.jackson.databind.JsonNode;
import dev.lambdaharness.internal.jackson.databind.node.ArrayNode;
import dev.lambdaharness.internal.jackson.databind.node.ObjectNode;
import dev.lambdaharness.events.internal.Checks;
import dev.lambdaharness.events.internal.Encodings;
import dev.lambdaharness.events.internal.Ids;
import dev.lambdaharness.events.internal.Json;
import dev.lambdaharness.events.internal.Timestamps;
import dev.lambdaharness.events.internal.Wire;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * A Kinesis Data Streams event: a batch of records from one shard, as the event source mapping
 * delivers it. Data is base64, sequence numbers are 56-digit and increasing, each
 * {@code eventID} is {@code <shardId>:<sequenceNumber>}, and
 * {@code approximateArrivalTimestamp} is epoch seconds with a millisecond fraction (the runtime's
 * serialiser reads it into a {@code Date}).
 *
 * <pre>{@code
 * EventPayload batch = Events.kinesis().stream("clicks")
 *         .record("{\"page\":\"/\"}")
 *         .record("user-7", "{\"page\":\"/cart\"}".getBytes(UTF_8))
 *         .records(98, i -> "{\"n\":" + i + "}")
 *         .build();
 * }</pre>
 */
public final class KinesisEventBuilder extends EventBuilder<KinesisEventBuilder> {

    private record Entry(String partitionKey, String base64Data) {
    }

    private String stream = "my-stream";
    private int shard;
    private String role = "my-function-role";
    private List<Entry> entries = List.of();

    /** A builder for stream {@code my-stream}; {@link dev.lambdaharness.events.Events#kinesis()} is the usual way in. */
    public KinesisEventBuilder() {
    }

    /**
     * @param name the stream's name
     * @return a builder for records from that stream (default {@code my-stream})
     */
    public KinesisEventBuilder stream(String name) {
        Checks.text("stream", name);
        return with(b -> b.stream = name);
    }

    /**
     * @param index the shard's number, as in {@code shardId-000000000003}; a batch comes from one shard
     * @return a builder for records from that shard (default 0)
     */
    public KinesisEventBuilder shard(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("shard is " + index + ". Pass 0 or more.");
        }
        return with(b -> b.shard = index);
    }

    /**
     * @param name the function's execution role, named in {@code invokeIdentityArn}
     * @return a builder naming that role (default {@code my-function-role})
     */
    public KinesisEventBuilder role(String name) {
        Checks.text("role", name);
        return with(b -> b.role = name);
    }

    /**
     * @param data the record's data as text, sent as its UTF-8 bytes
     * @return a builder with one more record, under a generated partition key
     */
    public KinesisEventBuilder record(String data) {
        return add(new Entry(null, Encodings.base64(Checks.present("data", data))));
    }

    /**
     * @param partitionKey the partition key the producer used
     * @param data the record's bytes
     * @return a builder with one more record
     */
    public KinesisEventBuilder record(String partitionKey, byte[] data) {
        Checks.text("partitionKey", partitionKey);
        return add(new Entry(partitionKey, Encodings.base64(Checks.present("data", data))));
    }

    /**
     * @param count how many records to add
     * @param data the text data of the record at each index, from 0
     * @return a builder with {@code count} more records
     */
    public KinesisEventBuilder records(int count, IntFunction<String> data) {
        Checks.count("count", count);
        List<Entry> more = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            more.add(new Entry(null, Encodings.base64(Checks.present("data " + i, data.apply(i)))));
        }
        return with(b -> b.entries = append(b.entries, more));
    }

    private KinesisEventBuilder add(Entry entry) {
        return with(b -> b.entries = append(b.entries, entry));
    }

    @Override
    Object content() {
        return List.of(stream, shard, role, entries);
    }

    @Override
    JsonNode json(Wire wire) {
        if (entries.isEmpty()) {
            throw new IllegalStateException("The Kinesis event has no record; Lambda never delivers an empty batch. "
                    + "Add one with record(data) or records(count, i -> data).");
        }
        Ids ids = wire.ids();
        String shardId = String.format("shardId-%012d", shard);
        String streamArn = wire.arn("kinesis", "stream/" + stream);
        String roleArn = wire.globalArn("iam", "role/" + role);
        BigInteger sequence = ids.digits(56);
        ArrayNode records = Json.array();
        for (Entry entry : entries) {
            sequence = sequence.add(BigInteger.valueOf(ids.between(1, 1 << 20)).shiftLeft(32));
            ObjectNode kinesis = Json.object();
            kinesis.put("kinesisSchemaVersion", "1.0");
            kinesis.put("partitionKey", entry.partitionKey() == null ? ids.uuid() : entry.partitionKey());
            kinesis.put("sequenceNumber", sequence.toString());
            kinesis.put("data", entry.base64Data());
            kinesis.put("approximateArrivalTimestamp", Timestamps.epochSecondsWithMillis(wire.now()));
            ObjectNode record = Json.object();
            record.set("kinesis", kinesis);
            record.put("eventSource", "aws:kinesis");
            record.put("eventVersion", "1.0");
            record.put("eventID", shardId + ":" + sequence);
            record.put("eventName", "aws:kinesis:record");
            record.put("invokeIdentityArn", roleArn);
            record.put("awsRegion", wire.region());
            record.put("eventSourceARN", streamArn);
            records.add(record);
        }
        ObjectNode event = Json.object();
        event.set("Records", records);
        return event;
    }
}
