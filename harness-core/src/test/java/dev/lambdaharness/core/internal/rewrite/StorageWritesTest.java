package dev.lambdaharness.core.internal.rewrite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaharness.core.internal.hooks.EphemeralStorage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Writes under {@code java.io.tmpdir} from rewritten function code count against the environment's
 * ephemeral storage, whichever JDK call makes them; a write past the size fails as Lambda's file
 * system fails it, and deleting a file frees its space.
 */
class StorageWritesTest {

    private static final int MIB = 1024 * 1024;
    private static final List<String> COUNTED = List.of("Files.write", "Files.newOutputStream", "Files.writeString",
            "Files.write lines", "Files.newBufferedWriter", "Files.copy", "new FileOutputStream(String)",
            "new FileOutputStream(File, true)");

    private final Path file = Path.of(System.getProperty("java.io.tmpdir"), "lambda-harness-storage-" + UUID.randomUUID());
    private StorageWriter writer;

    @BeforeEach
    void loadTheProbeInAnEnvironmentWithOneMebibyte() throws Exception {
        RecordingBinding binding = new RecordingBinding(Map.of(), null);
        binding.storage = new EphemeralStorage(1);
        RewritingClassLoader loader = new RewritingClassLoader(binding, CoverageSupport.current());
        writer = (StorageWriter) loader.loadClass(RewritingClassLoader.PROBE_PACKAGE + "StorageProbe").getConstructor().newInstance();
        assertThat(loader.rewritten).contains(RewritingClassLoader.PROBE_PACKAGE + "StorageProbe");
    }

    @AfterEach
    void deleteTheFile() throws Exception {
        Files.deleteIfExists(file);
    }

    @Test
    void eachCountedWayFillsTheSizeExactlyAndNotAByteMore() throws Exception {
        for (String how : COUNTED) {
            assertThat(writer.write(how, file, MIB)).as(how).isEqualTo("ok");
            Files.delete(file);
            assertThat(writer.write(how, file, MIB + 1)).as(how).isEqualTo(EphemeralStorage.NO_SPACE);
            Files.deleteIfExists(file);
        }
    }

    @Test
    void aFullStorageRefusesEveryFileUntilOneIsDeletedOrTruncated() throws Exception {
        Path other = Path.of(file + "-other");
        try {
            assertThat(writer.write("Files.write", file, MIB)).isEqualTo("ok");
            assertThat(writer.write("new FileOutputStream(String)", other, 1)).isEqualTo(EphemeralStorage.NO_SPACE);

            assertThat(writer.write("Files.write", file, MIB - 1)).as("truncated, then rewritten").isEqualTo("ok");
            assertThat(writer.write("new FileOutputStream(File, true)", other, 1)).isEqualTo("ok");
            assertThat(writer.write("new FileOutputStream(File, true)", other, 1)).isEqualTo(EphemeralStorage.NO_SPACE);

            Files.delete(file);
            assertThat(writer.write("Files.newOutputStream", other, 100)).isEqualTo("ok");
        } finally {
            Files.deleteIfExists(other);
        }
    }

    @Test
    void aSubclassOfTheFunctionsOwnAndAnOpenDescriptorAreNotCountedButStillWrite() throws Exception {
        assertThat(writer.write("subclass", file, MIB + 1)).isEqualTo("ok");
        assertThat(writer.write("descriptor", file, MIB + 1)).isEqualTo("ok");
        assertThat(Files.size(file)).isEqualTo(MIB + 1);
    }
}
