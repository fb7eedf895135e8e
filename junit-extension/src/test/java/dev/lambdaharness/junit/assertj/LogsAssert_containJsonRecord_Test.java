package dev.lambdaharness.junit.assertj;

import static dev.lambdaharness.junit.assertj.LambdaAssertions.assertThat;
import static java.lang.String.format;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.core.LogFormat;
import dev.lambdaharness.junit.handlers.LogsRecords;
import dev.lambdaharness.junit.handlers.WritesMetrics;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class LogsAssert_containJsonRecord_Test {

    @RegisterExtension
    static final RealInvocations lambda = new RealInvocations();

    @Test
    void should_pass_when_a_json_record_has_every_field() {
        // GIVEN a function whose log format is JSON
        InvocationResult result = lambda.invoke(FunctionConfig.builder(LogsRecords.class.getName())
                .logFormat(LogFormat.JSON), "0");
        // WHEN/THEN
        assertThat(result).logs().containJsonRecord(Map.of("level", "WARN", "message", "stock is low"))
                .containJsonRecord(Map.of("AWSRequestId", result.requestId()));
    }

    @Test
    void should_read_nested_fields_by_json_pointer_and_compare_numbers_as_numbers() {
        // GIVEN a function that prints JSON lines (embedded metrics) in a text log
        InvocationResult result = lambda.invoke(WritesMetrics.class, "\"retail\"");
        // WHEN/THEN
        assertThat(result).logs().containJsonRecord(Map.of("/_aws/CloudWatchMetrics/0/Namespace", "Orders",
                "OrderTotal", 3L, "/Latency/0", 1.5));
    }

    @Test
    void should_fail_naming_the_fields_and_listing_the_json_records() {
        // GIVEN
        InvocationResult result = lambda.invoke(FunctionConfig.builder(LogsRecords.class.getName())
                .logFormat(LogFormat.JSON), "0");
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("level", "ERROR");
        fields.put("message", "stock is low");
        // WHEN/THEN
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(result).logs().fromFunction().containJsonRecord(fields))
                .withMessageStartingWith(format("%nExpecting invocation logs to contain a JSON record with:%n"
                        + "  {\"level\"=\"ERROR\", \"message\"=\"stock is low\"}%nbut none has them all.%nJSON records:%n"
                        + "  {\"timestamp\":"))
                .withMessageContaining("\"message\":\"stock is low\",\"level\":\"WARN\"");
    }

    @Test
    void should_fail_saying_when_there_is_no_json_record() {
        // GIVEN a text log
        InvocationResult result = lambda.invoke(LogsRecords.class, "1");
        // WHEN/THEN
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(result).logs().containJsonRecord(Map.of("level", "WARN")))
                .withMessageStartingWith(format("%nExpecting invocation logs to contain a JSON record with:%n"
                        + "  {\"level\"=\"WARN\"}%nbut they hold no JSON record.%nLogs:%n"));
    }
}
