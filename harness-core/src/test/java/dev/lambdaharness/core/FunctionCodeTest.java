package dev.lambdaharness.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FunctionCodeTest {

    @TempDir
    Path dir;

    @Test
    void taskRootListsTheFolderThenItsLibJarsByName() throws IOException {
        Path root = Files.createDirectories(dir.resolve("task"));
        Files.createDirectories(root.resolve("lib"));
        Files.write(root.resolve("lib/b.jar"), new byte[0]);
        Files.write(root.resolve("lib/a.jar"), new byte[0]);
        Files.write(root.resolve("lib/notes.txt"), new byte[0]);

        FunctionCode code = FunctionCode.fromTaskRoot(root);

        assertThat(code.classpath()).containsExactly(root, root.resolve("lib/a.jar"), root.resolve("lib/b.jar"));
    }

    @Test
    void deploymentPackageIsUnpackedAndReadAsATaskRoot() throws IOException {
        Path zip = dir.resolve("function.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("com/example/Handler.class"));
            z.write(new byte[] {1, 2, 3});
            z.putNextEntry(new ZipEntry("lib/dep.jar"));
            z.write(new byte[] {4});
        }

        FunctionCode code = FunctionCode.fromDeploymentPackage(zip);

        assertThat(code.classpath()).hasSize(2);
        assertThat(code.classpath().get(0).resolve("com/example/Handler.class")).exists();
        assertThat(code.classpath().get(1).getFileName()).hasToString("dep.jar");
    }

    @Test
    void layersJoinOptJavaLibSortedByNameAfterTheFunctionsCode() throws IOException {
        Path classes = Files.createDirectories(dir.resolve("classes"));
        Path layerOne = Files.createDirectories(dir.resolve("one/java/lib"));
        Path layerTwo = Files.createDirectories(dir.resolve("two/java/lib"));
        Files.write(layerOne.resolve("z.jar"), new byte[0]);
        Files.write(layerTwo.resolve("m.jar"), new byte[0]);

        FunctionCode code = FunctionCode.fromPaths(classes).withLayers(dir.resolve("one"), dir.resolve("two"));

        assertThat(code.classpath()).containsExactly(classes, layerTwo.resolve("m.jar"), layerOne.resolve("z.jar"));
    }

    @Test
    void missingPathIsRefusedNamingThePathAndTheFix() {
        Path missing = dir.resolve("target/classes");

        assertThatThrownBy(() -> FunctionCode.fromPaths(missing))
                .isInstanceOf(InvalidFunctionCodeException.class)
                .hasMessage("The class directory or jar " + missing + " does not exist. Build the project first"
                        + " (mvn package) or correct the path.");
    }

    @Test
    void fileThatIsNotAnArchiveIsRefused() throws IOException {
        Path text = Files.write(dir.resolve("handler.txt"), new byte[0]);

        assertThatThrownBy(() -> FunctionCode.fromPaths(text))
                .isInstanceOf(InvalidFunctionCodeException.class)
                .hasMessageContaining("is neither a directory nor a .jar or .zip file");
    }

    @Test
    void corruptDeploymentPackageIsRefused() throws IOException {
        Path zip = Files.write(dir.resolve("broken.zip"), "not a zip".getBytes());

        assertThatThrownBy(() -> FunctionCode.fromDeploymentPackage(zip))
                .isInstanceOf(InvalidFunctionCodeException.class)
                .hasMessageContaining("Deployment package " + zip);
    }

    @Test
    void layerWithoutJavaLibIsRefused() throws IOException {
        Path layer = Files.createDirectories(dir.resolve("layer"));

        assertThatThrownBy(() -> FunctionCode.fromPaths(layer).withLayers(layer))
                .isInstanceOf(InvalidFunctionCodeException.class)
                .hasMessageContaining("holds no jars in java/lib");
    }

    @Test
    void theTestClasspathCodeIsTheFileThePropertyNames() throws IOException {
        Path classes = Files.createDirectories(dir.resolve("target/classes"));
        Path file = Files.writeString(dir.resolve("function-code.txt"), classes + "\n");
        String before = System.getProperty(FunctionCode.FUNCTION_CODE_PROPERTY);
        System.setProperty(FunctionCode.FUNCTION_CODE_PROPERTY, file.toString());
        try {
            FunctionCode code = FunctionCode.fromTestClasspath();

            assertThat(code.classpath()).containsExactly(classes);
            assertThat(code.excluded()).isEmpty();

            System.setProperty(FunctionCode.FUNCTION_CODE_PROPERTY, dir.resolve("missing.txt").toString());
            assertThatThrownBy(FunctionCode::fromTestClasspath)
                    .isInstanceOf(InvalidFunctionCodeException.class)
                    .hasMessageContaining("missing.txt (-D" + FunctionCode.FUNCTION_CODE_PROPERTY + ") does not exist.");
        } finally {
            if (before == null) {
                System.clearProperty(FunctionCode.FUNCTION_CODE_PROPERTY);
            } else {
                System.setProperty(FunctionCode.FUNCTION_CODE_PROPERTY, before);
            }
        }
    }
}
