package dev.lambdaharness.core.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Throws when a DynamoDB stream record's new image has {@code note} "throw"; otherwise answers what
 * it was given: each record's event name, sequence number and stream record.
 */
public class DynamoDbInstructions {
    @SuppressWarnings("unchecked")
    public Map<String, Object> handle(Map<String, Object> event) {
        List<Map<String, Object>> seen = new ArrayList<>();
        for (Map<String, Object> record : (List<Map<String, Object>>) event.get("Records")) {
            Map<String, Object> dynamodb = (Map<String, Object>) record.get("dynamodb");
            Map<String, Object> newImage = (Map<String, Object>) dynamodb.get("NewImage");
            Object note = newImage == null ? null : newImage.get("note");
            if (note instanceof Map<?, ?> value && "throw".equals(value.get("S"))) {
                throw new IllegalStateException("told to throw by " + dynamodb.get("SequenceNumber"));
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("eventName", record.get("eventName"));
            entry.put("eventSourceARN", record.get("eventSourceARN"));
            entry.put("dynamodb", dynamodb);
            seen.add(entry);
        }
        return Map.of("records", seen);
    }
}
