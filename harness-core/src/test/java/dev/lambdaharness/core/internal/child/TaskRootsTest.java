package dev.lambdaharness.core.internal.child;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaskRootsTest {

    @TempDir
    Path directory;

    private static Path eventsJar() {
        return RicRuntimeLibraries.locate("com/amazonaws/services/lambda/runtime/events/SQSEvent.class",
                "com.amazonaws:aws-lambda-java-events");
    }

    @Test
    void mergesClassDirectoriesWithTheFirstWinningAndPutsJarsInLib() throws IOException {
        Path first = Files.createDirectories(directory.resolve("first/com/example"));
        Files.writeString(first.resolve("A.class"), "first");
        Path second = Files.createDirectories(directory.resolve("second/com/example"));
        Files.writeString(second.resolve("A.class"), "second");
        Files.writeString(second.resolve("B.class"), "b");

        Path root = TaskRoots.materialise(directory.resolve("task"),
                List.of(directory.resolve("first"), directory.resolve("second"), eventsJar()));

        assertThat(root.resolve("com/example/A.class")).hasContent("first");
        assertThat(root.resolve("com/example/B.class")).hasContent("b");
        assertThat(root.resolve("lib").resolve(eventsJar().getFileName())).hasSameBinaryContentAs(eventsJar());
    }

    @Test
    void refusesTwoJarsOfOneNameAndEntriesThatAreNeitherDirectoryNorJar() throws IOException {
        Path jar = eventsJar();
        Path text = Files.writeString(directory.resolve("notes.txt"), "x");

        assertThatThrownBy(() -> TaskRoots.materialise(directory.resolve("a"), List.of(jar, jar)))
                .hasMessageContaining("Two jars named " + jar.getFileName());
        assertThatThrownBy(() -> TaskRoots.materialise(directory.resolve("b"), List.of(text)))
                .hasMessageContaining("neither a directory nor a .jar file");
    }
}
