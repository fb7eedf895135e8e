package dev.lambdaharness.core.internal.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lambdaharness.core.InvalidFunctionCodeException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FunctionCodeFileTest {

    private static final String PROPERTY = "lambdaharness.functionCode";

    @TempDir
    Path dir;

    @Test
    void listsTheEntriesInOrderSkippingCommentsAndResolvingRelativeLinesAgainstTheFilesFolder() throws IOException {
        Path classes = Files.createDirectories(dir.resolve("target/classes"));
        Path jar = Files.write(Files.createDirectories(dir.resolve("lib")).resolve("orders-model.jar"), new byte[0]);
        Path file = Files.writeString(Files.createDirectories(dir.resolve("target/lambda-harness")).resolve("function-code.txt"),
                "# the function's code\n" + classes + "\n\n  ../../lib/orders-model.jar  \n");

        assertThat(FunctionCodeFile.read(file, PROPERTY)).containsExactly(classes, jar);
    }

    @Test
    void aMissingFileNamesItselfThePropertyAndTheGoalThatWritesIt() {
        Path missing = dir.resolve("target/lambda-harness/function-code.txt");

        assertThatThrownBy(() -> FunctionCodeFile.read(missing, PROPERTY))
                .isInstanceOf(InvalidFunctionCodeException.class)
                .hasMessageStartingWith("The function code file " + missing + " (-D" + PROPERTY + ") does not exist.")
                .hasMessageContaining("lambda-harness:prepare");
    }

    @Test
    void aFolderIsNotAFile() {
        assertThatThrownBy(() -> FunctionCodeFile.read(dir, PROPERTY))
                .isInstanceOf(InvalidFunctionCodeException.class)
                .hasMessageContaining(dir + " (-D" + PROPERTY + ") is not a file.");
    }

    @Test
    void anEntryThatNoLongerExistsIsNamed() throws IOException {
        Path gone = dir.resolve("m2/orders-model-1.0.jar");
        Path file = Files.writeString(dir.resolve("function-code.txt"), gone + "\n");

        assertThatThrownBy(() -> FunctionCodeFile.read(file, PROPERTY))
                .isInstanceOf(InvalidFunctionCodeException.class)
                .hasMessageContaining("lists " + gone + ", which does not exist. Build again");
    }

    @Test
    void aFileThatListsNothingIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("function-code.txt"), "# nothing\n\n");

        assertThatThrownBy(() -> FunctionCodeFile.read(file, PROPERTY))
                .isInstanceOf(InvalidFunctionCodeException.class)
                .hasMessageContaining("lists no class folder or jar.");
    }
}
