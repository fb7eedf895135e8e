package dev.lambdaharness.core.internal.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The split of a test class path by each jar's own metadata, over real jars of the local repository
 * (the test class path's, and the runtime set's copies in {@code target/another-runtime-set}).
 */
class TestClasspathTest {

    private static final Path RUNTIME_JARS = Path.of("target", "another-runtime-set");

    @TempDir
    Path dir;

    /** Powertools 2.x's compile dependency utils-lite is the function's even though the runtime has one too. */
    @Test
    void keepsTheFunctionsCopiesOfLibrariesTheRuntimeAlsoHas() throws IOException {
        Path utilsLite = copy(RUNTIME_JARS.resolve("utils-lite-2.34.0.jar"),
                "m2/software/amazon/awssdk/utils-lite/2.34.0/utils-lite-2.34.0.jar");
        Path core = copy(RUNTIME_JARS.resolve("aws-lambda-java-core-1.4.0.jar"),
                "m2/com/amazonaws/aws-lambda-java-core/1.4.0/aws-lambda-java-core-1.4.0.jar");

        TestClasspath split = TestClasspath.of(join(utilsLite, core));

        assertThat(split.functionEntries()).containsExactly(utilsLite, core);
        assertThat(split.excluded()).isEmpty();
    }

    /** Byte Buddy comes with AssertJ and Mockito, but also as a compile dependency of a function's libraries. */
    @Test
    void keepsByteBuddy() throws IOException {
        Path byteBuddy = copy(jarOf("net.bytebuddy.ByteBuddy"), "m2/net/bytebuddy/byte-buddy/1.18.3/byte-buddy-1.18.3.jar");

        TestClasspath split = TestClasspath.of(byteBuddy.toString());

        assertThat(split.functionEntries()).containsExactly(byteBuddy);
    }

    /**
     * AssertJ is known by its pom.properties; JUnit's and opentest4j's jars, built by Gradle, have none and
     * are known by their module names. Their file names and folders say nothing.
     */
    @Test
    void leavesOutTestToolsByTheirMetadataWhateverTheirNames() throws IOException {
        Path assertj = copy(jarOf("org.assertj.core.api.Assertions"), "lib/a.jar");
        Path junit = copy(jarOf("org.junit.jupiter.api.Test"), "lib/b.jar");
        Path opentest4j = copy(jarOf("org.opentest4j.AssertionFailedError"), "lib/c.jar");
        Path classes = Files.createDirectories(dir.resolve("target/classes"));

        TestClasspath split = TestClasspath.of(join(classes, assertj, junit, opentest4j));

        assertThat(split.functionEntries()).containsExactly(classes);
        assertThat(split.excluded()).containsExactly(assertj + " (AssertJ)", junit + " (JUnit)", opentest4j + " (JUnit)");
    }

    /** A shaded jar carries the pom.properties of all it bundles; one of them being a test tool's does not make it one. */
    @Test
    void keepsAShadedJarThatBundlesATestTool() throws IOException {
        Path shaded = jar("lib/orders-all.jar",
                "META-INF/maven/com.example/orders/pom.properties", "groupId=com.example\nartifactId=orders\n",
                "META-INF/maven/org.assertj/assertj-core/pom.properties", "groupId=org.assertj\nartifactId=assertj-core\n");
        Path harness = jar("lib/x.jar",
                "META-INF/maven/dev.lambdaharness/lambda-harness-core/pom.properties",
                "groupId=dev.lambdaharness\nartifactId=lambda-harness-core\n");

        TestClasspath split = TestClasspath.of(join(shaded, harness));

        assertThat(split.functionEntries()).containsExactly(shaded);
        assertThat(split.excluded()).containsExactly(harness + " (Lambda Harness)");
    }

    @Test
    void leavesOutTestClassesAndTheHarnessModulesOfItsOwnBuild() throws IOException {
        Path testClasses = Files.createDirectories(dir.resolve("target/test-classes"));
        Path harnessModule = Files.createDirectories(dir.resolve("harness-core/target/classes/dev/lambdaharness/core"))
                .getParent().getParent().getParent();

        TestClasspath split = TestClasspath.of(join(testClasses, harnessModule));

        assertThat(split.functionEntries()).isEmpty();
        assertThat(split.excluded()).containsExactly(testClasses + " (test classes)", harnessModule + " (Lambda Harness)");
    }

    /**
     * A jar without metadata is kept wherever it lies, even in JUnit's folder; so is the function's own
     * ASM (the harness's travels relocated inside lambda-harness-core).
     */
    @Test
    void keepsJarsThatNameNoTestTool() throws IOException {
        Path unknown = jar("m2/org/junit/jupiter/junit-jupiter-api/5.14.4/junit-jupiter-api-5.14.4.jar",
                "readme.txt", "no metadata");
        Path asm = jar("m2/org/ow2/asm/asm/7.1/asm-7.1.jar",
                "META-INF/maven/org.ow2.asm/asm/pom.properties", "groupId=org.ow2.asm\nartifactId=asm\n");

        TestClasspath split = TestClasspath.of(join(unknown, asm));

        assertThat(split.functionEntries()).containsExactly(unknown, asm);
        assertThat(split.excluded()).isEmpty();
    }

    /** Each split opens every jar, so the running JVM's is split once while its class path stays. */
    @Test
    void theRunningJvmsClassPathIsSplitOnce() {
        assertThat(TestClasspath.current()).isSameAs(TestClasspath.current());
        assertThat(TestClasspath.current().functionEntries()).doesNotContain(jarOf("org.junit.jupiter.api.Test"));
    }

    private Path copy(Path jar, String to) throws IOException {
        Path target = dir.resolve(to);
        Files.createDirectories(target.getParent());
        return Files.copy(jar, target);
    }

    /** A jar of the given entries, names and contents alternating. */
    private Path jar(String to, String... entries) throws IOException {
        Path target = dir.resolve(to);
        Files.createDirectories(target.getParent());
        try (OutputStream out = Files.newOutputStream(target); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < entries.length; i += 2) {
                zip.putNextEntry(new ZipEntry(entries[i]));
                zip.write(entries[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return target;
    }

    private static Path jarOf(String className) {
        try {
            return Path.of(Class.forName(className).getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (ClassNotFoundException | URISyntaxException e) {
            throw new AssertionError("the test class path lacks " + className, e);
        }
    }

    private static String join(Path... paths) {
        StringBuilder joined = new StringBuilder();
        for (Path path : paths) {
            joined.append(joined.length() == 0 ? "" : File.pathSeparator).append(path);
        }
        return joined.toString();
    }
}
