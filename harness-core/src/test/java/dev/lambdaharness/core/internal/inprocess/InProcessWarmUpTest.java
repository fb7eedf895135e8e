package dev.lambdaharness.core.internal.inprocess;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaharness.core.FunctionCode;
import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.core.LambdaRuntime;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The warm-up that keeps the harness's first use out of the first Init Duration: it runs, succeeds
 * and leaves nothing in the function's own invocation. (What it saves is a time, and times are
 * measured, not asserted: docs/logs.md has the figures.)
 */
class InProcessWarmUpTest {

    @Test
    void aColdStartFindsTheWarmUpDoneAndSeesNothingOfIt() {
        try (LambdaRuntime runtime = LambdaRuntime.create()) {
            LambdaFunction hello = runtime.function(FunctionConfig.builder("dev.lambdaharness.core.corpus.Hello").build(),
                    FunctionCode.fromPaths(Path.of("target/test-classes")));

            InvocationResult result = hello.invoke("\"ada\"");

            assertThat(result.payloadAsString()).isEqualTo("\"hello ada\"");
            assertThat(result.report().initDurationMs()).isPresent();
            assertThat(result.logText()).doesNotContain("warm-up");
        }
        assertThat(InProcessWarmUp.millis()).as("the warm-up ran and succeeded").isPositive();
    }
}
