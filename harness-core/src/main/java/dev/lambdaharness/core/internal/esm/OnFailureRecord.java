package dev.lambdaharness.core.internal.esm;

import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.internal.jackson.databind.ObjectMapper;
import dev.lambdaharness.internal.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * What every on-failure record of a stream or Kafka mapping starts with: {@code requestContext}
 * (the request id, the unqualified function ARN, the condition, the invocations made),
 * {@code responseContext} when an invocation answered, {@code version} and {@code timestamp}; the
 * source's batch information follows, under its own name.
 *
 * <pre>{@code
 * ObjectNode record = OnFailureRecord.start(functionArn, "RetryAttemptsExhausted", 3, result, now);
 * record.putObject("KinesisBatchInfo").put("batchSize", 1);
 * }</pre>
 */
final class OnFailureRecord {

    private static final ObjectMapper JSON = new ObjectMapper();

    private OnFailureRecord() {
    }

    /**
     * @param result the last invocation's result, or null when none answered (a record too old is given up before one)
     */
    static ObjectNode start(String functionArn, String condition, int invocations, InvocationResult result, long nowMillis) {
        ObjectNode record = JSON.createObjectNode();
        ObjectNode context = record.putObject("requestContext");
        context.put("requestId", result != null ? result.requestId() : UUID.randomUUID().toString());
        context.put("functionArn", functionArn);
        context.put("condition", condition);
        context.put("approximateInvokeCount", Math.max(1, invocations));
        if (result != null) {
            ObjectNode response = record.putObject("responseContext");
            response.put("statusCode", 200);
            response.put("executedVersion", result.executedVersion());
            if (!result.succeeded()) {
                response.put("functionError", "Unhandled");
            }
        }
        record.put("version", "1.0");
        record.put("timestamp", timestamp(nowMillis));
        return record;
    }

    /** An instant as the records write it: ISO-8601 in UTC, to the millisecond. */
    static String timestamp(long millis) {
        return Instant.ofEpochMilli(millis).truncatedTo(ChronoUnit.MILLIS).toString();
    }
}
