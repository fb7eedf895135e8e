package dev.lambdaharness.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaharness.core.corpus.CorpusCode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The same function and log variables in both isolations give the same outcome: forked passes
 * {@code AWS_LAMBDA_LOG_FORMAT} and {@code AWS_LAMBDA_LOG_LEVEL} to the real runtime interface
 * client, in-process reads them as it does. Compared: the payload (which says whether
 * {@code LambdaRuntime.getLogger()} is the context's logger), the error, and the function's log
 * records with request ids and timestamps masked and stack frames (ours or the RIC's) left out;
 * and the system properties the runtime starts with, as the function reads them.
 */
class RuntimeLogVariablesIT {

    private static LambdaRuntime runtime;

    @BeforeAll
    static void start() {
        runtime = LambdaRuntime.builder().runtimeClient(RuntimeClient.RIC).build();
    }

    @AfterAll
    static void stop() {
        runtime.close();
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
        "AWS_LAMBDA_LOG_FORMAT, json",
        "AWS_LAMBDA_LOG_LEVEL, warn",
        "AWS_LAMBDA_LOG_FORMAT, x",
        "AWS_LAMBDA_LOG_LEVEL, VERBOSE",
    })
    void bothIsolationsGiveTheSameOutcome(String name, String value) {
        FunctionConfig config = FunctionConfig.builder("dev.lambdaharness.core.corpus.LogsAtLevels")
                .functionName("logs").environment(name, value).build();

        Outcome inProcess = Outcome.of(runtime.function(config, CorpusCode.code(), Isolation.IN_PROCESS).invoke("\"x\""));
        Outcome forked = Outcome.of(runtime.function(config, CorpusCode.code(), Isolation.FORKED).invoke("\"x\""));

        assertThat(inProcess).isEqualTo(forked);
        assertThat(forked.records()).isNotEmpty();
    }

    @Test
    void theRuntimesSystemPropertiesAreTheSameInBothIsolations() {
        FunctionConfig config = FunctionConfig.builder("dev.lambdaharness.core.corpus.RuntimeProperties").build();

        String inProcess = runtime.function(config, CorpusCode.code(), Isolation.IN_PROCESS).invoke("\"x\"").payloadAsString();
        String forked = runtime.function(config, CorpusCode.code(), Isolation.FORKED).invoke("\"x\"").payloadAsString();

        assertThat(inProcess).isEqualTo(forked).contains("\"java.net.preferIPv4Stack\":\"true\"",
                "\"org.crac.Core.Compat\":\"com.amazonaws.services.lambda.crac\"", "\"AWS_LAMBDA_RUNTIME_API\":\"set\"");
    }

    /** What both isolations must agree on. */
    private record Outcome(Optional<String> payload, Optional<String> error, List<String> records) {

        static Outcome of(InvocationResult result) {
            String id = result.requestId();
            List<String> records = result.logs().stream()
                    .filter(event -> event.source() == LogEvent.Source.FUNCTION)
                    .map(LogEvent::message)
                    .filter(line -> !line.startsWith("\tat ") && !line.matches("\\t\\.\\.\\. \\d+ more"))
                    .map(line -> line.replace(id, "<id>").replaceAll("\"timestamp\":\"[^\"]+\"", "\"timestamp\":\"<t>\""))
                    .toList();
            return new Outcome(result.succeeded() ? Optional.of(result.payloadAsString()) : Optional.empty(),
                    result.error().map(error -> error.toString().replace(id, "<id>")), records);
        }
    }
}
