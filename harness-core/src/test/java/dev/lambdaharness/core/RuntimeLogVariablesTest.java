package dev.lambdaharness.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaharness.core.corpus.CorpusCode;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code AWS_LAMBDA_LOG_FORMAT} and {@code AWS_LAMBDA_LOG_LEVEL} set as environment variables
 * reach an in-process function's runtime logger as they reach the runtime client of a forked one
 * (which {@code RuntimeLogVariablesIT} compares side by side).
 */
class RuntimeLogVariablesTest {

    private final LambdaRuntime runtime = LambdaRuntime.create();

    @AfterEach
    void close() {
        runtime.close();
    }

    private InvocationResult invoke(String name, String value) {
        FunctionConfig config = FunctionConfig.builder("dev.lambdaharness.core.corpus.LogsAtLevels")
                .environment(name, value).build();
        return runtime.function(config, CorpusCode.code()).invoke("\"x\"");
    }

    private static List<String> functionRecords(InvocationResult result) {
        return result.logs().stream().filter(e -> e.source() == LogEvent.Source.FUNCTION).map(LogEvent::message).toList();
    }

    @Test
    void aLowerCaseJsonFormatGivesJsonRecords() {
        InvocationResult result = invoke("AWS_LAMBDA_LOG_FORMAT", "json");

        assertThat(functionRecords(result)).hasSize(4).allSatisfy(record -> assertThat(record)
                .startsWith("{\"timestamp\":").contains("\"AWSRequestId\":\"" + result.requestId() + "\""));
        assertThat(functionRecords(result).get(1)).contains("\"message\":\"context warn x\",\"level\":\"WARN\"");
    }

    @Test
    void aLevelFiltersTextRecordsToo() {
        InvocationResult result = invoke("AWS_LAMBDA_LOG_LEVEL", "warn");

        assertThat(functionRecords(result)).containsExactly("[WARN] context warn x", "[WARN] static warn x");
    }

    @Test
    void anUnknownFormatEndsTheRuntimeAtStart() {
        InvocationResult result = invoke("AWS_LAMBDA_LOG_FORMAT", "x");

        FunctionError error = result.error().orElseThrow();
        assertThat(error.runtimeErrorType()).isEqualTo("Runtime.ExitError");
        assertThat(error.errorMessage()).isEqualTo("RequestId: " + result.requestId()
                + " Error: Runtime exited with error: exit status 1");
        assertThat(result.logText()).contains("Exception in thread \"main\" java.lang.IllegalArgumentException:"
                + " Invalid log format: 'x' expected one of [JSON, TEXT]");
        assertThat(result.report().coldStart()).isTrue();
    }

    @Test
    void anUnknownLevelEndsTheRuntimeAtStart() {
        InvocationResult result = invoke("AWS_LAMBDA_LOG_LEVEL", "VERBOSE");

        assertThat(result.error().orElseThrow().runtimeErrorType()).isEqualTo("Runtime.ExitError");
        assertThat(result.logText()).contains("java.lang.IllegalArgumentException: Invalid log level: 'VERBOSE'"
                + " expected one of [TRACE, DEBUG, INFO, WARN, ERROR, FATAL]");
    }
}
