package dev.lambdaharness.core.internal.esm;

import dev.lambdaharness.internal.jackson.databind.JsonNode;
import dev.lambdaharness.internal.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a partial batch response ({@code {"batchItemFailures":[{"itemIdentifier":"…"}]}}) with
 * the service's rules: no response, {@code null}, an object without the list, or an empty or null
 * list is a full success; a response that is not JSON, a list that is not a list, an entry without
 * {@code itemIdentifier}, with an empty or null one, or with one that names no record of the batch
 * fails the whole batch.
 *
 * <pre>{@code
 * BatchItemFailures.read(payload, Set.of("id-1", "id-2")); // Optional[[id-2]], or empty when the whole batch failed
 * }</pre>
 */
public final class BatchItemFailures {

    private static final ObjectMapper JSON = new ObjectMapper();

    private BatchItemFailures() {
    }

    /**
     * The identifiers reported as failed.
     *
     * @param payload the function's response
     * @param identifiers the identifiers of the batch's records (message ids, sequence numbers)
     * @return the failed identifiers (empty: all succeeded), or empty when the whole batch counts as failed
     */
    public static Optional<Set<String>> read(byte[] payload, Set<String> identifiers) {
        if (payload.length == 0) {
            return Optional.of(Set.of());
        }
        JsonNode response;
        try {
            response = JSON.readTree(payload);
        } catch (IOException notJson) {
            return Optional.empty();
        }
        if (response == null || !response.isObject()) {
            // A JSON value that is no object holds no list: the service's rule for it is UNCONFIRMED, see docs/fidelity.md.
            return Optional.of(Set.of());
        }
        JsonNode failures = response.get("batchItemFailures");
        if (failures == null || failures.isNull()) {
            return Optional.of(Set.of());
        }
        if (!failures.isArray()) {
            return Optional.empty();
        }
        Set<String> failed = new LinkedHashSet<>();
        for (JsonNode failure : failures) {
            JsonNode identifier = failure.get("itemIdentifier");
            if (identifier == null || !identifier.isTextual() || identifier.asText().isEmpty()
                    || !identifiers.contains(identifier.asText())) {
                return Optional.empty();
            }
            failed.add(identifier.asText());
        }
        return Optional.of(failed);
    }
}
