package dev.lambdaharness.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaharness.core.corpus.CorpusCode;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Handlers that log through Log4j 2, SLF4J and Logback log to their own invocation. */
class LoggingLibrariesTest {

    private final LambdaRuntime runtime = LambdaRuntime.create();

    @AfterEach
    void close() {
        runtime.close();
    }

    private LambdaFunction deploy(String handler) {
        return runtime.function(FunctionConfig.builder(handler).build(), CorpusCode.code());
    }

    private static List<String> functionLines(InvocationResult result) {
        return result.logs().stream().filter(e -> e.source() == LogEvent.Source.FUNCTION)
                .map(LogEvent::message).collect(Collectors.toList());
    }

    @Test
    void log4j2WithTheLambdaAppenderLogsEachRecordWithItsRequestId() {
        LambdaFunction function = deploy("dev.lambdaharness.core.corpus.LogsWithLog4j2");

        InvocationResult first = function.invoke("\"one\"");
        InvocationResult second = function.invoke("\"two\"");

        assertThat(functionLines(first)).containsExactly(first.requestId() + " INFO  LogsWithLog4j2 - log4j2 says one");
        assertThat(functionLines(second)).containsExactly(second.requestId() + " INFO  LogsWithLog4j2 - log4j2 says two");
    }

    @Test
    void slf4jWithLogbacksConsoleAppenderLogsToTheInvocation() {
        LambdaFunction function = deploy("dev.lambdaharness.core.corpus.LogsWithLogback");

        InvocationResult result = function.invoke("\"hi\"");

        assertThat(functionLines(result)).contains("INFO  LogsWithLogback - logback says hi");
    }
}
