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
 * Forked isolation on the runtime set one {@code LambdaRuntime} is built with: the RIC with
 * aws-lambda-java-serialization 1.4.1 (copied by the build into {@code target/another-runtime-set})
 * reads a record input for that runtime's functions, while a runtime built without it, in the same
 * JVM, keeps the carried set, whose serialization 1.2.0 cannot.
 */
class RuntimeSetOfARuntimeIT {

    private static final String RECORD_HANDLER = "dev.lambdaharness.core.probe.Pojos::record";
    private static final String PERSON = "{\"name\":\"Ada\",\"age\":36}";

    @Test
    void aRuntimeBuiltWithAnotherSetRunsItsForkedFunctionsOnItAndOthersKeepTheCarriedOne() {
        Path anotherSet = CorpusCode.testClasses().getParent().resolve("another-runtime-set");

        InvocationResult chosen;
        try (LambdaRuntime runtime = LambdaRuntime.builder().runtimeSet(anotherSet).build()) {
            chosen = runtime.function(FunctionConfig.builder(RECORD_HANDLER).build(), CorpusCode.code(), Isolation.FORKED)
                    .invoke(PERSON);
        }
        InvocationResult carried;
        try (LambdaRuntime runtime = LambdaRuntime.builder().build()) {
            carried = runtime.function(FunctionConfig.builder(RECORD_HANDLER).build(), CorpusCode.code(), Isolation.FORKED)
                    .invoke(PERSON);
        }

        assertThat(chosen.succeeded()).as("%s", chosen).isTrue();
        assertThat(chosen.payloadAsString()).isEqualTo("\"hi Ada 36\"");
        assertThat(carried.succeeded()).isFalse();
        assertThat(carried.error().orElseThrow().errorMessage()).isEqualTo("An error occurred during JSON parsing");
    }
}
