package dev.lambdaharness.core.runtimeset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.core.Isolation;
import dev.lambdaharness.core.LambdaRuntime;
import dev.lambdaharness.core.corpus.CorpusCode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Forked isolation on the runtime set one function's code names: in one runtime, the function on
 * serialization 1.4.1 ({@code target/another-runtime-set}) reads a record input and its neighbour on
 * the carried set (serialization 1.2.0) cannot, as two Lambda functions pinned to different runtime
 * versions would.
 */
class RuntimeSetOfAFunctionIT {

    private static final String RECORD_HANDLER = "dev.lambdaharness.core.probe.Pojos::record";
    private static final String PERSON = "{\"name\":\"Ada\",\"age\":36}";

    @Test
    void eachFunctionRunsOnTheSetItsCodeNames() {
        Path anotherSet = CorpusCode.testClasses().getParent().resolve("another-runtime-set");

        InvocationResult chosen;
        InvocationResult carried;
        try (LambdaRuntime runtime = LambdaRuntime.builder().build()) {
            chosen = runtime.function(FunctionConfig.builder(RECORD_HANDLER).functionName("pinned").build(),
                    CorpusCode.code().withRuntimeSet(anotherSet), Isolation.FORKED).invoke(PERSON);
            carried = runtime.function(FunctionConfig.builder(RECORD_HANDLER).functionName("carried").build(),
                    CorpusCode.code(), Isolation.FORKED).invoke(PERSON);
        }

        assertThat(chosen.succeeded()).as("%s", chosen).isTrue();
        assertThat(chosen.payloadAsString()).isEqualTo("\"hi Ada 36\"");
        assertThat(carried.succeeded()).isFalse();
        assertThat(carried.error().orElseThrow().errorMessage()).isEqualTo("An error occurred during JSON parsing");
    }
}
