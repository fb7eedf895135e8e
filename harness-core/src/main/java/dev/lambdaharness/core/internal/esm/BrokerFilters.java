package dev.lambdaharness.core.internal.esm;

import dev.lambdaharness.internal.jackson.databind.JsonNode;
import dev.lambdaharness.internal.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * The filters of Kafka and Amazon MQ mappings: the service decodes the base64 fields it filters on
 * (Kafka's {@code key} and {@code value}, MQ's {@code data}) and matches each as JSON when it is a
 * JSON object, as its text otherwise; the record's other fields are matched as they are.
 *
 * <pre>{@code
 * RecordFilter filter = BrokerFilters.forKafka(List.of("{\"value\":{\"type\":[\"order\"]}}"));
 * }</pre>
 */
public final class BrokerFilters {

    private BrokerFilters() {
    }

    /** The filter of a Kafka mapping: {@code key} and {@code value} decoded. */
    public static RecordFilter forKafka(List<String> patterns) {
        return EventFilter.of(patterns, record -> decoded(record, "key", "value"));
    }

    /** The filter of an Amazon MQ mapping: {@code data} decoded. */
    public static RecordFilter forMq(List<String> patterns) {
        return EventFilter.of(patterns, record -> decoded(record, "data"));
    }

    private static ObjectNode decoded(ObjectNode record, String... fields) {
        ObjectNode copy = record.deepCopy();
        for (String field : fields) {
            JsonNode encoded = record.get(field);
            if (encoded == null || !encoded.isTextual()) {
                continue;
            }
            String text;
            try {
                text = new String(Base64.getDecoder().decode(encoded.asText()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException notBase64) {
                continue;
            }
            JsonNode parsed = EventFilter.jsonObject(text);
            if (parsed != null) {
                copy.set(field, parsed);
            } else {
                copy.put(field, text);
            }
        }
        return copy;
    }
}
