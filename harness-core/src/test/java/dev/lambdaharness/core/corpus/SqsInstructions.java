package dev.lambdaharness.core.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Follows the instruction in each SQS message's body: "throw" fails the whole invocation, "fail"
 * reports the message as a batch item failure, "unknown" reports an identifier of no message,
 * "sleep" waits 100 ms; anything else succeeds. It answers the partial batch response and, beside
 * it, the records it was given.
 */
public class SqsInstructions {
    @SuppressWarnings("unchecked")
    public Map<String, Object> handle(Map<String, Object> event) throws InterruptedException {
        List<Map<String, Object>> records = (List<Map<String, Object>>) event.get("Records");
        List<Map<String, String>> failures = new ArrayList<>();
        for (Map<String, Object> record : records) {
            String body = (String) record.get("body");
            if (body.contains("throw")) {
                throw new IllegalStateException("told to throw by " + record.get("messageId"));
            }
            if (body.contains("sleep")) {
                Thread.sleep(100);
            }
            if (body.contains("fail")) {
                failures.add(Map.of("itemIdentifier", (String) record.get("messageId")));
            }
            if (body.contains("unknown")) {
                failures.add(Map.of("itemIdentifier", "no-such-message"));
            }
        }
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("batchItemFailures", failures);
        response.put("records", records);
        return response;
    }
}
