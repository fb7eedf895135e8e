package dev.lambdaharness.core.corpus;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Follows the instruction in each Kafka record's value: "throw" fails the whole invocation; anything
 * else succeeds. It answers each record's group key, partition, offset, key and value, in the order
 * the event holds them.
 */
public class KafkaInstructions {
    @SuppressWarnings("unchecked")
    public Map<String, Object> handle(Map<String, Object> event) {
        List<Map<String, Object>> seen = new ArrayList<>();
        Map<String, List<Map<String, Object>>> records = (Map<String, List<Map<String, Object>>>) event.get("records");
        records.forEach((group, partition) -> partition.forEach(record -> {
            String value = decode((String) record.get("value"));
            if (value.contains("throw")) {
                throw new IllegalStateException("told to throw by " + group + "@" + record.get("offset"));
            }
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("group", group);
            one.put("partition", record.get("partition"));
            one.put("offset", record.get("offset"));
            one.put("key", record.containsKey("key") ? decode((String) record.get("key")) : null);
            one.put("value", value);
            seen.add(one);
        }));
        return Map.of("records", seen, "eventSource", event.get("eventSource"));
    }

    /** Answers only how many records the event holds, for batches too large to echo. */
    @SuppressWarnings("unchecked")
    public int count(Map<String, Object> event) {
        return ((Map<String, List<Object>>) event.get("records")).values().stream().mapToInt(List::size).sum();
    }

    private static String decode(String base64) {
        return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
    }
}
