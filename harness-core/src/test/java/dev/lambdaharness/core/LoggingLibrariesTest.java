package dev.lambdaharness.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaharness.core.corpus.CorpusCode;
import java.util.ArrayList;
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

    private LambdaFunction deploy(String handler, Class<?>... libraries) {
        List<java.nio.file.Path> code = new ArrayList<>(CorpusCode.code().classpath());
        for (Class<?> library : libraries) {
            code.add(CorpusCode.jarOf(library));
        }
        return runtime.function(FunctionConfig.builder(handler).build(), FunctionCode.fromPaths(code));
    }

    private static List<String> functionLines(InvocationResult result) {
        return result.logs().stream().filter(e -> e.source() == LogEvent.Source.FUNCTION)
                .map(LogEvent::message).collect(Collectors.toList());
    }

    @Test
    void log4j2WithTheLambdaAppenderLogsEachRecordWithItsRequestId() {
        LambdaFunction function = deploy("dev.lambdaharness.core.corpus.LogsWithLog4j2",
                org.apache.logging.log4j.LogManager.class, org.apache.logging.log4j.core.LoggerContext.class,
                com.amazonaws.services.lambda.runtime.log4j2.LambdaAppender.class);

        InvocationResult first = function.invoke("\"one\"");
        InvocationResult second = function.invoke("\"two\"");

        assertThat(functionLines(first)).containsExactly(first.requestId() + " INFO  LogsWithLog4j2 - log4j2 says one");
        assertThat(functionLines(second)).containsExactly(second.requestId() + " INFO  LogsWithLog4j2 - log4j2 says two");
    }

    @Test
    void slf4jWithLogbacksConsoleAppenderLogsToTheInvocation() {
        LambdaFunction function = deploy("dev.lambdaharness.core.corpus.LogsWithLogback",
                org.slf4j.LoggerFactory.class, ch.qos.logback.classic.LoggerContext.class,
                ch.qos.logback.core.ConsoleAppender.class);

        InvocationResult result = function.invoke("\"hi\"");

        assertThat(functionLines(result)).contains("INFO  LogsWithLogback - logback says hi");
    }
}
