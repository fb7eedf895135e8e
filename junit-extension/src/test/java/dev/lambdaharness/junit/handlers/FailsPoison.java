package dev.lambdaharness.junit.handlers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An SQS consumer read as plain maps (so its code needs no event library): reports every message
 * whose body is "poison" as a failed batch item.
 */
public class FailsPoison implements RequestHandler<Map<String, Object>, Map<String, Object>> {

    @Override
    @SuppressWarnings("unchecked")
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        List<Map<String, String>> failures = new ArrayList<>();
        for (Map<String, Object> record : (List<Map<String, Object>>) event.get("Records")) {
            if ("poison".equals(record.get("body"))) {
                failures.add(Map.of("itemIdentifier", (String) record.get("messageId")));
            }
        }
        return Map.of("batchItemFailures", failures);
    }
}
