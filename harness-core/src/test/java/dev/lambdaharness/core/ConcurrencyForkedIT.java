package dev.lambdaharness.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaharness.core.corpus.CorpusCode;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pool of environments in forked isolation: concurrent invocations get child JVMs of their own,
 * beyond the reserved concurrency they are throttled, and a published version's child sees its
 * version. At most four environments, to keep the build's time.
 */
class ConcurrencyForkedIT {

    @TempDir
    Path directory;

    @Test
    void callersBeyondTheReservedConcurrencyAreThrottledAndTheRestRunInChildrenOfTheirOwn() {
        GatedLoad.runsReservedAndThrottlesTheRest(Isolation.FORKED, 5, 2, directory);
    }

    @Test
    void aPublishedVersionsChildSeesItsVersionAndTheAliasItWasInvokedBy() {
        try (LambdaRuntime runtime = LambdaRuntime.create()) {
            LambdaFunction function = runtime.function(FunctionConfig.builder("dev.lambdaharness.core.corpus.WaitsForGate::handle")
                    .functionName("orders").environment("GREETING", "hello").build(), CorpusCode.code(), Isolation.FORKED);
            function.publishVersion();
            LambdaFunction live = function.createAlias("live", "1");

            InvocationResult result = live.invoke(Map.of("sleepMillis", 0));

            JsonNode body = result.payloadAsJson();
            assertThat(result.executedVersion()).isEqualTo("1");
            assertThat(body.get("version").asText()).isEqualTo("1");
            assertThat(body.get("versionVariable").asText()).isEqualTo("1");
            assertThat(body.get("invokedFunctionArn").asText()).isEqualTo("arn:aws:lambda:us-east-1:123456789012:function:orders:live");
            assertThat(body.get("logStream").asText()).contains("/[1]");
            assertThat(function.environments()).singleElement().extracting(ExecutionEnvironment::functionVersion).isEqualTo("1");
        }
    }

    @Test
    void aProvisionedChildRunsInitBeforeItsFirstInvocationWhichIsWarm() {
        try (LambdaRuntime runtime = LambdaRuntime.create()) {
            LambdaFunction function = runtime.function(FunctionConfig.builder("dev.lambdaharness.core.corpus.WaitsForGate::handle")
                    .functionName("orders").build(), CorpusCode.code(), Isolation.FORKED);
            LambdaFunction v1 = function.publishVersion();

            v1.putProvisionedConcurrency(1);

            assertThat(function.environments()).singleElement().satisfies(environment -> {
                assertThat(environment.initialised()).isTrue();
                assertThat(environment.initializationType()).isEqualTo("provisioned-concurrency");
            });
            InvocationResult result = v1.invoke(Map.of("sleepMillis", 0));
            assertThat(result.report().coldStart()).isFalse();
            assertThat(result.report().initDurationMs()).isEmpty();
            assertThat(result.logText()).doesNotContain("INIT_START");
            assertThat(result.payloadAsJson().get("initializationType").asText()).isEqualTo("provisioned-concurrency");
        }
    }
}
