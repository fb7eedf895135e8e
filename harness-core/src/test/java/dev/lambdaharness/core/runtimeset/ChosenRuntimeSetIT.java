package dev.lambdaharness.core.runtimeset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.core.Isolation;
import dev.lambdaharness.core.LambdaRuntime;
import dev.lambdaharness.core.RuntimeClient;
import dev.lambdaharness.core.corpus.CorpusCode;
import dev.lambdaharness.core.internal.runtimeset.RuntimeSet;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Forked isolation on another runtime set, named by {@value RuntimeSet#FORKED_SET_PROPERTY}: the
 * RIC with aws-lambda-java-serialization 1.4.1 (copied by the build into
 * {@code target/another-runtime-set}), which reads a record input that the carried set's 1.2.0 cannot.
 */
class ChosenRuntimeSetIT {

    private static final String RECORD_HANDLER = "dev.lambdaharness.core.probe.Pojos::record";
    private static final String PERSON = "{\"name\":\"Ada\",\"age\":36}";

    @AfterEach
    void forgetTheChoice() {
        System.clearProperty(RuntimeSet.FORKED_SET_PROPERTY);
    }

    @ParameterizedTest
    @EnumSource(names = {"RIC", "HARNESS"})
    void aChosenSetWithSerialization14ReadsARecordInputTheCarriedSetCannot(RuntimeClient client) {
        Path anotherSet = CorpusCode.testClasses().getParent().resolve("another-runtime-set");

        InvocationResult carried = invokeForked(client);
        System.setProperty(RuntimeSet.FORKED_SET_PROPERTY, anotherSet.toString());
        InvocationResult chosen = invokeForked(client);

        assertThat(carried.succeeded()).isFalse();
        assertThat(carried.error().orElseThrow().errorMessage()).isEqualTo("An error occurred during JSON parsing");
        assertThat(chosen.succeeded()).as("%s", chosen).isTrue();
        assertThat(chosen.payloadAsString()).isEqualTo("\"hi Ada 36\"");
    }

    private static InvocationResult invokeForked(RuntimeClient client) {
        try (LambdaRuntime runtime = LambdaRuntime.builder().runtimeClient(client).build()) {
            return runtime.function(FunctionConfig.builder(RECORD_HANDLER).build(), CorpusCode.code(), Isolation.FORKED).invoke(PERSON);
        }
    }
}
