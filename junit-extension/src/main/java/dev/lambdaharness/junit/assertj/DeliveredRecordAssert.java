package dev.lambdaharness.junit.assertj;

import static dev.lambdaharness.junit.internal.assertj.ShouldHaveRecordField.shouldHave;
import static java.util.Objects.requireNonNull;

import dev.lambdaharness.core.DeliveredRecord;
import java.util.List;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on what an asynchronous invocation or an event source mapping delivered: a
 * destination's invocation record ({@code requestContext.condition}, {@code approximateInvokeCount},
 * {@code requestId}), a stream's or Kafka topic's on-failure record (its batch info) or a
 * dead-letter message (its attributes). A failure shows the whole record.
 *
 * <pre>{@code
 * assertThat(runtime.destination(FAILURES).records().get(0))
 *         .hasCondition("RetriesExhausted").hasApproximateInvokeCount(3);
 * assertThat(runtime.destination(DEAD_LETTERS).records().get(0)).hasAttribute("ErrorCode", "200");
 * }</pre>
 */
public class DeliveredRecordAssert extends AbstractAssert<DeliveredRecordAssert, DeliveredRecord> {

    /** The members an on-failure record of a stream or a Kafka topic describes its batch in. */
    private static final List<String> BATCH_INFOS = List.of("KinesisBatchInfo", "DDBStreamBatchInfo",
            "KafkaBatchInfo");

    /**
     * Creates the assertion; public so that soft assertions can proxy it.
     *
     * @param actual the record under test
     */
    public DeliveredRecordAssert(DeliveredRecord actual) {
        super(actual, DeliveredRecordAssert.class);
    }

    /** Verifies the record's {@code requestContext.condition}: {@code Success}, {@code RetriesExhausted}, … */
    public DeliveredRecordAssert hasCondition(String expected) {
        requireNonNull(expected, "expected");
        return hasText("condition", "/requestContext/condition", expected);
    }

    /** Verifies the record's {@code requestContext.approximateInvokeCount}. */
    public DeliveredRecordAssert hasApproximateInvokeCount(int expected) {
        isNotNull();
        int count = body("/requestContext/approximateInvokeCount").asInt(-1);
        if (count != expected) {
            throw assertionError(shouldHave("approximateInvokeCount", expected, count, actual.body()));
        }
        return myself;
    }

    /** Verifies the request id: the record's {@code requestContext.requestId}, or a dead-letter message's {@code RequestID}. */
    public DeliveredRecordAssert hasRequestId(String expected) {
        requireNonNull(expected, "expected");
        isNotNull();
        String id = actual.attributes().containsKey("RequestID") ? actual.attributes().get("RequestID")
                : body("/requestContext/requestId").asText(null);
        if (!expected.equals(id)) {
            throw assertionError(shouldHave("requestId", expected, id, actual.body()));
        }
        return myself;
    }

    /** Verifies one attribute of a dead-letter message ({@code RequestID}, {@code ErrorCode}, {@code ErrorMessage}). */
    public DeliveredRecordAssert hasAttribute(String name, String expected) {
        requireNonNull(name, "name");
        isNotNull();
        String value = actual.attributes().get(name);
        if (!Objects.equals(expected, value)) {
            throw assertionError(shouldHave("attribute " + name, expected, value, actual.body() + " " + actual.attributes()));
        }
        return myself;
    }

    /**
     * Verifies one field of a stream's or Kafka topic's on-failure record: of its
     * {@code KinesisBatchInfo}, {@code DDBStreamBatchInfo} or {@code KafkaBatchInfo}, whichever it
     * holds, compared as text ({@code batchSize} 2 as {@code "2"}).
     *
     * <pre>{@code
     * assertThat(runtime.destination(FAILURES).records().get(0))
     *         .hasCondition("RetryAttemptsExhausted").hasBatchInfo("shardId", "shardId-000000000000");
     * }</pre>
     */
    public DeliveredRecordAssert hasBatchInfo(String field, String expected) {
        requireNonNull(field, "field");
        requireNonNull(expected, "expected");
        isNotNull();
        for (String info : BATCH_INFOS) {
            if (actual.bodyAsJson().has(info)) {
                return hasText(info + "." + field, "/" + info + "/" + field, expected);
            }
        }
        throw assertionError(shouldHave("KinesisBatchInfo, DDBStreamBatchInfo or KafkaBatchInfo field " + field, expected,
                null, actual.body()));
    }

    private DeliveredRecordAssert hasText(String field, String pointer, String expected) {
        isNotNull();
        String value = body(pointer).asText(null);
        if (!expected.equals(value)) {
            throw assertionError(shouldHave(field, expected, value, actual.body()));
        }
        return myself;
    }

    private com.fasterxml.jackson.databind.JsonNode body(String pointer) {
        return actual.bodyAsJson().at(pointer);
    }
}
