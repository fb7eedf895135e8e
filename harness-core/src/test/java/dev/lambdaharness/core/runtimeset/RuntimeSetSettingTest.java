package dev.lambdaharness.core.runtimeset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lambdaharness.core.FunctionCode;
import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.InvalidConfigurationException;
import dev.lambdaharness.core.InvalidFunctionCodeException;
import dev.lambdaharness.core.Isolation;
import dev.lambdaharness.core.LambdaRuntime;
import dev.lambdaharness.core.corpus.CorpusCode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code LambdaRuntime.Builder.runtimeSet} and {@code FunctionCode.withRuntimeSet}: a directory that
 * is not a runtime set is refused when it is given, and a function's own set only where forked
 * environments run it.
 */
class RuntimeSetSettingTest {

    @Test
    void aMissingDirectoryIsRefusedNamingItAndWhatItMustHold(@TempDir Path directory) {
        Path missing = directory.resolve("no-such-set");

        assertThatThrownBy(() -> LambdaRuntime.builder().runtimeSet(missing).build())
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining(missing.toString())
                .hasMessageContaining("aws-lambda-java-serialization");
    }

    @Test
    void aDirectoryWithoutTheRuntimesJarsIsRefused(@TempDir Path directory) {
        assertThatThrownBy(() -> LambdaRuntime.builder().runtimeSet(directory).build())
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining(directory.toString());
    }

    @Test
    void aFunctionsSetThatIsNoSetIsRefusedWithTheCode(@TempDir Path directory) {
        Path missing = directory.resolve("no-such-set");

        assertThatThrownBy(() -> CorpusCode.code().withRuntimeSet(missing))
                .isInstanceOf(InvalidFunctionCodeException.class)
                .hasMessage("The runtime set directory " + missing + " does not exist; point it at a directory holding the"
                        + " runtime client, aws-lambda-java-core and aws-lambda-java-serialization jars.");
    }

    @Test
    void aFunctionsOwnSetIsRefusedInProcessNamingTheCarriedSetAndTheFix() {
        Path anotherSet = CorpusCode.testClasses().getParent().resolve("another-runtime-set");
        FunctionCode code = CorpusCode.code().withRuntimeSet(anotherSet);

        try (LambdaRuntime runtime = LambdaRuntime.create()) {
            assertThatThrownBy(() -> runtime.function(FunctionConfig.builder("dev.lambdaharness.core.probe.Pojos::record")
                    .functionName("pinned").build(), code, Isolation.IN_PROCESS))
                    .isInstanceOf(InvalidConfigurationException.class)
                    .hasMessageStartingWith("Function 'pinned' runs on the runtime set " + anotherSet
                            + ", which only forked environments can run: in-process environments follow the rules of the set"
                            + " the harness carries (RIC 2.10.1, aws-lambda-java-core 1.4.0, aws-lambda-java-serialization 1.2.0")
                    .hasMessageEndingWith("Deploy it with Isolation.FORKED, or leave the runtime set out.");
        }
        assertThat(code.runtimeSet()).contains(anotherSet);
        assertThat(code).isNotEqualTo(CorpusCode.code());
    }
}
