package dev.lambdaharness.junit.assertj;

import static dev.lambdaharness.junit.assertj.LambdaAssertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.core.LogFormat;
import dev.lambdaharness.junit.handlers.LogsRecords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class LogsAssert_jsonRecords_Test {

    @RegisterExtension
    static final RealInvocations lambda = new RealInvocations();

    @Test
    void should_read_the_functions_json_records_and_leave_its_plain_lines_out() {
        // GIVEN a function whose log format is JSON: its LambdaLogger records become JSON objects
        InvocationResult result = lambda.invoke(FunctionConfig.builder(LogsRecords.class.getName())
                .logFormat(LogFormat.JSON), "1");
        // WHEN/THEN
        assertThat(result).logs().fromFunction().jsonRecords()
                .extracting("level", "message", "AWSRequestId")
                .containsExactly(tuple("INFO", "order accepted", result.requestId()),
                        tuple("WARN", "stock is low", result.requestId()));
    }

    @Test
    void should_read_the_platforms_json_records() {
        // GIVEN
        InvocationResult result = lambda.invoke(FunctionConfig.builder(LogsRecords.class.getName())
                .logFormat(LogFormat.JSON), "0");
        // WHEN/THEN
        assertThat(result).logs().fromPlatform().jsonRecords()
                .extracting("type")
                .containsExactly("platform.initStart", "platform.start", "platform.report");
    }

    @Test
    void should_find_no_json_records_in_text_logs() {
        // GIVEN
        InvocationResult result = lambda.invoke(LogsRecords.class, "1");
        // WHEN/THEN
        assertThat(result).logs().jsonRecords().isEmpty();
    }
}
