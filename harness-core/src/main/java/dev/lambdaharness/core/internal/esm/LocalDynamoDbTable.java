package dev.lambdaharness.core.internal.esm;

import dev.lambdaharness.core.InvalidConfigurationException;
import dev.lambdaharness.events.Events;
import dev.lambdaharness.events.builders.DynamodbEventBuilder;
import dev.lambdaharness.internal.jackson.databind.ObjectMapper;
import dev.lambdaharness.internal.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * A DynamoDB table with a stream: items put, updated and deleted, and for each change a stream
 * record (INSERT, MODIFY or REMOVE) with the images its view type holds, built by the DynamoDB event
 * builder with the stream's own sequence numbers. A change that changes nothing (an item put again
 * as it is) writes no record, as DynamoDB writes none. One shard.
 */
public final class LocalDynamoDbTable extends ShardedLog {

    /** The largest item DynamoDB accepts: 400 KB. */
    public static final int MAX_ITEM_BYTES = 400 * 1024;
    private static final BigInteger SEQUENCE_BASE = new BigInteger("100000000000000000000");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String name;
    private final List<String> keys;
    private final String viewType;
    private final String region;
    private final String accountId;
    private final String streamArn;
    private final Map<List<Object>, Map<String, Object>> items = new HashMap<>();
    private long changes;

    public LocalDynamoDbTable(String name, List<String> keys, String viewType, String region, String accountId,
            LongSupplier clock) {
        super(1, clock);
        this.name = name;
        this.keys = List.copyOf(keys);
        this.viewType = viewType;
        this.region = region;
        this.accountId = accountId;
        // The stream's label is the moment the stream was enabled, to the millisecond.
        this.streamArn = "arn:aws:dynamodb:" + region + ":" + accountId + ":table/" + name + "/stream/"
                + DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS").withZone(ZoneOffset.UTC)
                        .format(Instant.ofEpochMilli(clock.getAsLong()));
    }

    public String name() {
        return name;
    }

    @Override
    public String arn() {
        return streamArn;
    }

    @Override
    public String batchInfoName() {
        return "DDBStreamBatchInfo";
    }

    /** Puts an item: an INSERT record when its key is new, a MODIFY record when it replaces a different item. */
    public void put(Map<String, ?> item) {
        Map<String, Object> copy = new LinkedHashMap<>(item);
        List<Object> key = key(copy);
        checkSize(copy);
        synchronized (this) {
            Map<String, Object> old = items.put(key, copy);
            if (copy.equals(old)) {
                return;
            }
            DynamodbEventBuilder builder = builder();
            write(key, old == null ? builder.insert(copy) : builder.modify(old, copy));
        }
        announce();
    }

    /** Deletes an item by its key: a REMOVE record when it existed. */
    public void delete(Map<String, ?> key) {
        List<Object> keyValues = key(new LinkedHashMap<>(key));
        synchronized (this) {
            Map<String, Object> old = items.remove(keyValues);
            if (old == null) {
                return;
            }
            write(keyValues, builder().remove(old));
        }
        announce();
    }

    /** The items of the table. */
    public synchronized List<Map<String, Object>> items() {
        return new ArrayList<>(items.values());
    }

    private DynamodbEventBuilder builder() {
        return Events.dynamodb().table(name).keys(keys.toArray(String[]::new)).streamViewType(viewType).region(region)
                .account(accountId).clock(Clock.fixed(Instant.ofEpochMilli(clock.getAsLong()), ZoneOffset.UTC));
    }

    private void write(List<Object> key, DynamodbEventBuilder change) {
        ObjectNode record;
        try {
            record = (ObjectNode) JSON.readTree(change.build().asBytes()).get("Records").get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        BigInteger sequence = SEQUENCE_BASE.add(BigInteger.valueOf(++changes));
        ((ObjectNode) record.get("dynamodb")).put("SequenceNumber", sequence.toString());
        record.put("eventSourceARN", streamArn);
        append(0, sequence, String.valueOf(key.get(0)), clock.getAsLong(), record);
    }

    private List<Object> key(Map<String, Object> item) {
        List<Object> values = new ArrayList<>();
        for (String name : keys) {
            Object value = item.get(name);
            if (value == null) {
                throw new InvalidConfigurationException(name, "missing", "ValidationException", "The item has no key"
                        + " attribute '" + name + "' (ValidationException: One of the required keys was not given a"
                        + " value). Give every key attribute of table " + this.name + ": " + keys + ".");
            }
            values.add(value);
        }
        return values;
    }

    private void checkSize(Map<String, Object> item) {
        int bytes = 0;
        for (Map.Entry<String, Object> attribute : item.entrySet()) {
            bytes += attribute.getKey().length() + String.valueOf(attribute.getValue()).length();
        }
        if (bytes > MAX_ITEM_BYTES) {
            throw new InvalidConfigurationException("Item", bytes + " bytes", "ValidationException", "The item is about "
                    + bytes + " bytes: DynamoDB refuses items over 400 KB (ValidationException: Item size has exceeded"
                    + " the maximum allowed size). Store large values in S3 and keep a reference.");
        }
    }
}
