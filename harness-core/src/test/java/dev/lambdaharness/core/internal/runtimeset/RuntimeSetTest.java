package dev.lambdaharness.core.internal.runtimeset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lambdaharness.core.internal.runtimeset.RuntimeSet.Library;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuntimeSetTest {

    private final RuntimeSet carried = RuntimeSet.harness();

    @Test
    void theCarriedSetIsExtractedFromTheHarnessNotTakenFromTheTestClassPath() throws IOException {
        Path testClassPathCore = Path.of(com.amazonaws.services.lambda.runtime.Context.class.getProtectionDomain()
                .getCodeSource().getLocation().getPath());

        assertThat(carried.jars()).hasSize(4).allSatisfy(jar -> assertThat(jar).isRegularFile())
                .doesNotContain(testClassPathCore);
        assertThat(carried.jar(Library.CORE).getParent()).isEqualTo(carried.jar(Library.RIC).getParent());
        try (ZipFile ric = new ZipFile(carried.jar(Library.RIC).toFile())) {
            assertThat(ric.getEntry("com/amazonaws/services/lambda/runtime/api/client/AWSLambda.class")).isNotNull();
        }
        assertThat(carried.describe()).startsWith("RIC " + carried.version(Library.RIC) + ", aws-lambda-java-core "
                + carried.version(Library.CORE) + ", aws-lambda-java-serialization " + carried.version(Library.SERIALIZATION));
    }

    @Test
    void aDirectoryOfARuntimesJarsIsASetWithVersionsFromTheirMavenMetadata(@TempDir Path directory) throws IOException {
        for (Path jar : carried.jars()) {
            Files.copy(jar, directory.resolve(jar.getFileName()));
        }

        RuntimeSet chosen = RuntimeSet.fromDirectory(directory);

        assertThat(chosen.jars()).extracting(Path::getFileName).isEqualTo(carried.jars().stream().map(Path::getFileName).toList());
        for (Library library : Library.values()) {
            assertThat(chosen.version(library)).as(library.artifactId()).isEqualTo(carried.version(library));
            assertThat(chosen.jar(library)).isEqualTo(directory.resolve(carried.jar(library).getFileName()));
        }
    }

    @Test
    void aDirectoryWithoutTheRuntimesLibrariesIsRefusedNamingWhatIsMissing(@TempDir Path directory) throws IOException {
        Files.copy(carried.jar(Library.CORE), directory.resolve("core.jar"));

        assertThatThrownBy(() -> RuntimeSet.fromDirectory(directory))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The runtime set directory " + directory + " has no aws-lambda-java-runtime-interface-client,"
                        + " no aws-lambda-java-serialization jar; copy the runtime's libraries there (the RIC,"
                        + " aws-lambda-java-core, aws-lambda-java-serialization and the RIC's own dependencies).");
        assertThatThrownBy(() -> RuntimeSet.fromDirectory(directory.resolve("absent")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("The runtime set directory " + directory.resolve("absent") + " does not exist");
    }

    @Test
    void forkedChildrenRunTheDirectoryThePropertyNamesElseTheCarriedSet(@TempDir Path directory) throws IOException {
        for (Path jar : carried.jars()) {
            Files.copy(jar, directory.resolve(jar.getFileName()));
        }
        String before = System.getProperty(RuntimeSet.FORKED_SET_PROPERTY);
        try {
            System.clearProperty(RuntimeSet.FORKED_SET_PROPERTY);
            assertThat(RuntimeSet.forForked()).isSameAs(carried);

            System.setProperty(RuntimeSet.FORKED_SET_PROPERTY, directory.toString());
            assertThat(RuntimeSet.forForked().jar(Library.RIC)).startsWith(directory);
        } finally {
            if (before == null) {
                System.clearProperty(RuntimeSet.FORKED_SET_PROPERTY);
            } else {
                System.setProperty(RuntimeSet.FORKED_SET_PROPERTY, before);
            }
        }
    }
}
