package dev.lambdaharness.junit.internal.assertj;

import dev.lambdaharness.internal.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The partial batch response of an SQS, Kinesis or DynamoDB Streams function
 * ({@code {"batchItemFailures":[{"itemIdentifier":"…"}]}}), read as Lambda reads it: a null
 * response, an empty object and a null or empty list report no failures; an item whose
 * {@code itemIdentifier} is null or empty makes Lambda fail the whole batch.
 */
public final class BatchResponse {

    private final List<String> failedItems;
    private final String invalidItem;

    private BatchResponse(List<String> failedItems, String invalidItem) {
        this.failedItems = failedItems;
        this.invalidItem = invalidItem;
    }

    /**
     * Reads a response payload.
     *
     * @return the batch response, or empty when the payload is not one
     */
    public static Optional<BatchResponse> read(String payload) {
        Optional<JsonNode> json = Json.read(payload);
        if (json.isEmpty()) {
            return Optional.empty();
        }
        JsonNode response = json.get();
        if (response.isNull()) {
            return Optional.of(new BatchResponse(List.of(), null));
        }
        JsonNode items = response.path("batchItemFailures");
        if (!response.isObject() || !(items.isArray() || items.isNull() || items.isMissingNode())
                || (items.isMissingNode() && response.size() > 0)) {
            return Optional.empty();
        }
        List<String> failed = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode identifier = items.get(i).path("itemIdentifier");
            if (!identifier.isTextual() || identifier.textValue().isEmpty()) {
                return Optional.of(new BatchResponse(List.of(), "batchItemFailures[" + i + "]"));
            }
            failed.add(identifier.textValue());
        }
        return Optional.of(new BatchResponse(failed, null));
    }

    /** The identifiers of the items reported as failed, in the order reported. */
    public List<String> failedItems() {
        return failedItems;
    }

    /** The first item Lambda would refuse, such as {@code batchItemFailures[1]}, failing the whole batch. */
    public Optional<String> invalidItem() {
        return Optional.ofNullable(invalidItem);
    }
}
