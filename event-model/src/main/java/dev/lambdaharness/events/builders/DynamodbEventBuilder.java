package dev.lambdaharness.events.builders;

import dev.lambdaharness.internal.jackson.databind.JsonNode;
import dev.lambdaharness.internal.jackson.databind.node.ArrayNode;
import dev.lambdaharness.internal.jackson.databind.node.ObjectNode;
import dev.lambdaharness.events.internal.AttributeValues;
import dev.lambdaharness.events.internal.Checks;
import dev.lambdaharness.events.internal.Ids;
import dev.lambdaharness.events.internal.Json;
import dev.lambdaharness.events.internal.Timestamps;
import dev.lambdaharness.events.internal.Wire;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * A DynamoDB Streams event: a batch of item changes as the event source mapping delivers it, with
 * items given as plain maps and written as DynamoDB's typed JSON ({@code S}, {@code N},
 * {@code BOOL}, {@code NULL}, {@code L}, {@code M}, {@code B}, {@code SS}, {@code NS},
 * {@code BS}).
 *
 * <p>Each record has its {@code Keys} (taken from the item by the key names, default {@code id}),
 * the images its {@code StreamViewType} includes, increasing {@code SequenceNumber}s,
 * {@code ApproximateCreationDateTime} in whole epoch seconds from the clock, a {@code SizeBytes}
 * by DynamoDB's item-size rules (an approximation) and the stream ARN with its label.
 *
 * <pre>{@code
 * EventPayload changes = Events.dynamodb().table("Orders").keys("pk", "sk")
 *         .insert(Map.of("pk", "c#7", "sk", "o#1", "total", 42, "tags", Set.of("new")))
 *         .modify(Map.of("pk", "c#7", "sk", "o#1", "total", 42), Map.of("pk", "c#7", "sk", "o#1", "total", 40))
 *         .expire(Map.of("pk", "c#7", "sk", "o#0"))
 *         .build();
 * }</pre>
 */
public final class DynamodbEventBuilder extends EventBuilder<DynamodbEventBuilder> {

    private static final Set<String> VIEW_TYPES = Set.of("KEYS_ONLY", "NEW_IMAGE", "OLD_IMAGE", "NEW_AND_OLD_IMAGES");

    /** One change; images are DynamoDB JSON text, so the builder stays immutable. */
    private record Change(String eventName, String oldImage, String newImage, boolean byTtl) {
    }

    private String table = "my-table";
    private List<String> keys = List.of("id");
    private String viewType = "NEW_AND_OLD_IMAGES";
    private List<Change> changes = List.of();

    /** A builder for table {@code my-table}; {@link dev.lambdaharness.events.Events#dynamodb()} is the usual way in. */
    public DynamodbEventBuilder() {
    }

    /**
     * @param name the table's name
     * @return a builder for changes to that table (default {@code my-table})
     */
    public DynamodbEventBuilder table(String name) {
        Checks.text("table", name);
        return with(b -> b.table = name);
    }

    /**
     * @param names the table's key attributes: the partition key, then the sort key if any
     * @return a builder whose records' {@code Keys} hold those attributes (default {@code id})
     */
    public DynamodbEventBuilder keys(String... names) {
        if (names.length < 1 || names.length > 2) {
            throw new IllegalArgumentException("keys " + Arrays.toString(names)
                    + " is not a DynamoDB key. Pass the partition key name and, if the table has one, the sort key name.");
        }
        List<String> copy = List.of(names);
        return with(b -> b.keys = copy);
    }

    /**
     * @param type {@code KEYS_ONLY}, {@code NEW_IMAGE}, {@code OLD_IMAGE} or
     *     {@code NEW_AND_OLD_IMAGES} (the default): which images records carry
     * @return a builder for a stream of that view type
     */
    public DynamodbEventBuilder streamViewType(String type) {
        if (!VIEW_TYPES.contains(type)) {
            throw new IllegalArgumentException("streamViewType \"" + type + "\" is not a DynamoDB stream view type. "
                    + "Pass KEYS_ONLY, NEW_IMAGE, OLD_IMAGE or NEW_AND_OLD_IMAGES.");
        }
        return with(b -> b.viewType = type);
    }

    /**
     * @param item the new item, attribute name to plain Java value
     * @return a builder with one more {@code INSERT} record
     */
    public DynamodbEventBuilder insert(Map<String, ?> item) {
        return add(new Change("INSERT", null, image("item", item), false));
    }

    /**
     * @param count how many items to insert
     * @param item the item at each index, from 0
     * @return a builder with {@code count} more {@code INSERT} records
     */
    public DynamodbEventBuilder inserts(int count, IntFunction<Map<String, ?>> item) {
        Checks.count("count", count);
        List<Change> more = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            more.add(new Change("INSERT", null, image("item " + i, item.apply(i)), false));
        }
        return with(b -> b.changes = append(b.changes, more));
    }

    /**
     * @param oldItem the item before the update
     * @param newItem the item after it
     * @return a builder with one more {@code MODIFY} record
     */
    public DynamodbEventBuilder modify(Map<String, ?> oldItem, Map<String, ?> newItem) {
        return add(new Change("MODIFY", image("oldItem", oldItem), image("newItem", newItem), false));
    }

    /**
     * @param oldItem the deleted item
     * @return a builder with one more {@code REMOVE} record
     */
    public DynamodbEventBuilder remove(Map<String, ?> oldItem) {
        return add(new Change("REMOVE", image("oldItem", oldItem), null, false));
    }

    /**
     * @param oldItem the item time to live deleted
     * @return a builder with one more {@code REMOVE} record whose {@code userIdentity} is the
     *     DynamoDB service, as for a TTL deletion
     */
    public DynamodbEventBuilder expire(Map<String, ?> oldItem) {
        return add(new Change("REMOVE", image("oldItem", oldItem), null, true));
    }

    private DynamodbEventBuilder add(Change change) {
        return with(b -> b.changes = append(b.changes, change));
    }

    private static String image(String what, Map<String, ?> item) {
        return AttributeValues.item(Checks.present(what, item)).toString();
    }

    @Override
    Object content() {
        return List.of(table, keys, viewType, changes);
    }

    @Override
    JsonNode json(Wire wire) {
        if (changes.isEmpty()) {
            throw new IllegalStateException("The DynamoDB event has no record; Lambda never delivers an empty batch. "
                    + "Add one with insert(item), modify(old, new), remove(item) or expire(item).");
        }
        Ids ids = wire.ids();
        String streamArn = wire.arn("dynamodb", "table/" + table + "/stream/" + Timestamps.streamLabel(wire.now()));
        BigInteger sequence = ids.digits(28);
        ArrayNode records = Json.array();
        for (Change change : changes) {
            sequence = sequence.add(BigInteger.valueOf(ids.between(1, 1 << 20)));
            records.add(record(wire, change, sequence, streamArn));
        }
        ObjectNode event = Json.object();
        event.set("Records", records);
        return event;
    }

    private ObjectNode record(Wire wire, Change change, BigInteger sequence, String streamArn) {
        ObjectNode newImage = change.newImage() == null ? null : (ObjectNode) Json.parse(change.newImage(), "image");
        ObjectNode oldImage = change.oldImage() == null ? null : (ObjectNode) Json.parse(change.oldImage(), "image");
        ObjectNode keyValues = keysOf(newImage != null ? newImage : oldImage);
        ObjectNode dynamodb = Json.object();
        dynamodb.put("ApproximateCreationDateTime", wire.now().getEpochSecond());
        dynamodb.set("Keys", keyValues);
        long size = AttributeValues.size(keyValues);
        if (newImage != null && viewType.startsWith("NEW")) {
            dynamodb.set("NewImage", newImage);
            size += AttributeValues.size(newImage);
        }
        if (oldImage != null && (viewType.equals("OLD_IMAGE") || viewType.equals("NEW_AND_OLD_IMAGES"))) {
            dynamodb.set("OldImage", oldImage);
            size += AttributeValues.size(oldImage);
        }
        dynamodb.put("SequenceNumber", sequence.toString());
        dynamodb.put("SizeBytes", size);
        dynamodb.put("StreamViewType", viewType);
        ObjectNode record = Json.object();
        record.put("eventID", wire.ids().hex(32));
        record.put("eventName", change.eventName());
        record.put("eventVersion", "1.1");
        record.put("eventSource", "aws:dynamodb");
        record.put("awsRegion", wire.region());
        record.set("dynamodb", dynamodb);
        record.put("eventSourceARN", streamArn);
        if (change.byTtl()) {
            record.putObject("userIdentity").put("type", "Service").put("principalId", "dynamodb.amazonaws.com");
        }
        return record;
    }

    private ObjectNode keysOf(ObjectNode item) {
        ObjectNode out = Json.object();
        for (String key : keys) {
            JsonNode value = item.get(key);
            if (value == null) {
                throw new IllegalStateException("An item has no key attribute \"" + key + "\" (keys are " + keys
                        + "). Add it to the item, or name the table's keys with keys(partitionKey[, sortKey]).");
            }
            out.set(key, value.deepCopy());
        }
        return out;
    }
}
