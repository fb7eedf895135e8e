package dev.lambdaharness.core;

import dev.lambdaharness.core.internal.esm.LocalDynamoDbTable;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A local DynamoDB table with a stream, of a {@link LambdaRuntime}: a test puts and deletes items,
 * and each change becomes a stream record ({@code INSERT}, {@code MODIFY}, {@code REMOVE}) with the
 * images of the stream's view type, which an event source mapping reads. The stream has one shard.
 *
 * <pre>{@code
 * DynamoDbTable orders = runtime.dynamoDbTable("Orders", "NEW_AND_OLD_IMAGES", "pk");
 * orders.putItem(Map.of("pk", "o-1", "total", 42));
 * orders.putItem(Map.of("pk", "o-1", "total", 40));   // MODIFY, with both images
 * orders.deleteItem(Map.of("pk", "o-1"));             // REMOVE
 * }</pre>
 */
public final class DynamoDbTable {

    private final LocalDynamoDbTable table;

    DynamoDbTable(LocalDynamoDbTable table) {
        this.table = table;
    }

    /** The table's name. */
    public String name() {
        return table.name();
    }

    /** The ARN of the table's stream, with its label. */
    public String streamArn() {
        return table.arn();
    }

    /**
     * Puts an item (attribute name to plain value: strings, numbers, booleans, lists, maps, sets):
     * a new key writes an {@code INSERT} record, a changed item a {@code MODIFY} record, an
     * unchanged one nothing.
     *
     * @throws InvalidConfigurationException when a key attribute is missing or the item is over 400 KB
     */
    public void putItem(Map<String, ?> item) {
        table.put(Objects.requireNonNull(item, "item"));
    }

    /** Deletes the item with this key, writing a {@code REMOVE} record when it existed. */
    public void deleteItem(Map<String, ?> key) {
        table.delete(Objects.requireNonNull(key, "key"));
    }

    /** The table's items. */
    public List<Map<String, Object>> items() {
        return table.items();
    }

    LocalDynamoDbTable model() {
        return table;
    }

    @Override
    public String toString() {
        return "DynamoDbTable[" + name() + ", " + streamArn() + "]";
    }
}
