package dev.lambdaharness.core.runtimeset;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lambdaharness.core.InvalidConfigurationException;
import dev.lambdaharness.core.LambdaRuntime;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code LambdaRuntime.Builder.runtimeSet}: a directory that is not a runtime set is refused when the runtime is built. */
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
}
