package dev.lambdaharness.core.internal.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Why a file cannot be read, in words; the JDK's exceptions name only the path. */
class InputFilesTest {

    @TempDir
    Path dir;

    @Test
    void theJdksFailuresOfReadingAFileAreSaidInWords() throws IOException {
        Path file = Files.writeString(dir.resolve("event.json"), "{}");

        assertThat(InputFiles.problem(file, new AccessDeniedException(file.toString())))
                .isEqualTo("cannot be read: permission denied");
        assertThat(InputFiles.problem(file, new NoSuchFileException(file.toString()))).isEqualTo("does not exist");
        assertThat(InputFiles.problem(file, new FileSystemException(file.toString(), null, "Input/output error")))
                .isEqualTo("cannot be read: input/output error");
        assertThat(InputFiles.problem(file, new IOException())).isEqualTo("cannot be read: IOException");
    }

    @Test
    void aDirectoryIsSaidToBeOneWhateverTheSystemReports() {
        IOException linux = readFailure(dir);

        assertThat(InputFiles.problem(dir, linux)).isEqualTo("is a directory, not a file");
        assertThat(InputFiles.problem(dir, new AccessDeniedException(dir.toString()))) // what Windows reports
                .isEqualTo("is a directory, not a file");
    }

    private static IOException readFailure(Path path) {
        try {
            Files.readAllBytes(path);
        } catch (IOException e) {
            return e;
        }
        throw new AssertionError(path + " was read");
    }
}
