package dev.lambdaharness.core.corpus;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Follows the instruction in each Kinesis record's data: "throw" fails the whole invocation, "fail"
 * reports the record's sequence number as a batch item failure; anything else succeeds. It answers
 * the partial batch response and, beside it, each record's data, sequence number and partition key.
 */
public class KinesisInstructions {
    @SuppressWarnings("unchecked")
    public Map<String, Object> handle(Map<String, Object> event) {
        List<Map<String, String>> failures = new ArrayList<>();
        List<Map<String, String>> seen = new ArrayList<>();
        for (Map<String, Object> record : (List<Map<String, Object>>) event.get("Records")) {
            Map<String, Object> kinesis = (Map<String, Object>) record.get("kinesis");
            String data = new String(Base64.getDecoder().decode((String) kinesis.get("data")), StandardCharsets.UTF_8);
            String sequenceNumber = (String) kinesis.get("sequenceNumber");
            if (data.contains("throw")) {
                throw new IllegalStateException("told to throw by " + sequenceNumber);
            }
            if (data.contains("fail")) {
                failures.add(Map.of("itemIdentifier", sequenceNumber));
            }
            seen.add(Map.of("data", data, "sequenceNumber", sequenceNumber,
                    "partitionKey", (String) kinesis.get("partitionKey")));
        }
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("batchItemFailures", failures);
        response.put("records", seen);
        return response;
    }
}
