package dev.lambdaharness.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaharness.core.internal.code.FunctionCodeFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FunctionCodeListTest {

    @TempDir
    Path dir;

    /** What the goal writes is what lambda-harness-core reads: the main classes, then the dependencies in Maven's order. */
    @Test
    void writesTheMainClassesThenTheDependenciesAsTheHarnessReadsThem() throws IOException {
        Path m2 = Files.createDirectories(dir.resolve("m2"));
        Path utilsLite = Files.write(m2.resolve("utils-lite-2.34.0.jar"), new byte[0]);
        Path core = Files.write(m2.resolve("aws-lambda-java-core-1.4.0.jar"), new byte[0]);
        Path classes = Files.createDirectories(dir.resolve("target/classes"));

        Path file = dir.resolve("target/lambda-harness/function-code.txt");
        List<Path> written = FunctionCodeList.write(file, classes, List.of(utilsLite, core));

        assertThat(written).containsExactly(classes, utilsLite, core);
        assertThat(Files.readAllLines(file)).containsExactly(FunctionCodeList.HEADER, classes.toString(),
                utilsLite.toString(), core.toString());
        assertThat(FunctionCodeFile.read(file, "lambdaharness.functionCode")).containsExactly(classes, utilsLite, core);
    }

    @Test
    void aProjectWithoutMainClassesListsItsDependenciesOnly() throws IOException {
        Path jar = Files.write(dir.resolve("orders-model.jar"), new byte[0]);
        Path file = dir.resolve("function-code.txt");

        FunctionCodeList.write(file, dir.resolve("target/classes"), List.of(jar));
        FunctionCodeList.write(file, dir.resolve("target/classes"), List.of(jar));

        assertThat(Files.readAllLines(file)).containsExactly(FunctionCodeList.HEADER, jar.toString());
    }
}
