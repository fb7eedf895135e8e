package dev.lambdaharness.core.internal.forked;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaharness.core.internal.child.JavaHome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** JDKs are found by their release files, in Linux package folders, SDKMAN's and macOS bundles alike. */
@DisabledOnOs(OS.WINDOWS)
class InstalledJdksTest {

    @TempDir
    Path root;

    @Test
    void findsAJdkOfAFeatureVersionByItsReleaseFileInFolderOrder() throws IOException {
        Path jvm = root.resolve("usr-lib-jvm");
        Path sdkman = root.resolve("sdkman");
        jdk(jvm.resolve("java-17-openjdk-amd64"), "17.0.15");
        jdk(jvm.resolve("temurin-25-jdk-amd64"), "25.0.1");
        jdk(sdkman.resolve("21.0.9-amzn"), "21.0.9");
        jdk(sdkman.resolve("21.0.5-tem"), "21.0.5");
        Files.createSymbolicLink(sdkman.resolve("current"), sdkman.resolve("21.0.9-amzn"));
        Files.createDirectories(jvm.resolve("not-a-jdk"));

        InstalledJdks jdks = new InstalledJdks(List.of(jvm, sdkman));

        assertThat(jdks.all()).extracting(JavaHome::featureVersion).containsExactly(17, 25, 21, 21);
        assertThat(jdks.of(21)).map(JavaHome::home).contains(sdkman.resolve("21.0.5-tem"));
        assertThat(jdks.of(11)).isEmpty();
        assertThat(jdks.nearestNewerThan(17)).map(JavaHome::featureVersion).contains(21);
        assertThat(jdks.nearestNewerThan(25)).isEmpty();
    }

    @Test
    void readsTheJdkInsideAMacOsBundle() throws IOException {
        Path machines = root.resolve("JavaVirtualMachines");
        jdk(machines.resolve("amazon-corretto-21.jdk/Contents/Home"), "21.0.9");

        assertThat(new InstalledJdks(List.of(machines)).of(21)).map(JavaHome::home)
                .contains(machines.resolve("amazon-corretto-21.jdk/Contents/Home"));
    }

    @Test
    void missingFoldersHoldNoJdk() {
        assertThat(new InstalledJdks(List.of(root.resolve("absent"))).all()).isEmpty();
    }

    @Test
    void thePropertyListsTheFoldersSearchedInsteadOfTheUsualOnes() {
        String before = System.getProperty(InstalledJdks.LOCATIONS_PROPERTY);
        try {
            System.setProperty(InstalledJdks.LOCATIONS_PROPERTY, root.resolve("a") + java.io.File.pathSeparator + root.resolve("b"));
            assertThat(InstalledJdks.usual().locations()).containsExactly(root.resolve("a"), root.resolve("b"));
            System.setProperty(InstalledJdks.LOCATIONS_PROPERTY, "");
            assertThat(InstalledJdks.usual().locations()).isEmpty();
            System.clearProperty(InstalledJdks.LOCATIONS_PROPERTY);
            assertThat(InstalledJdks.usual().locations()).contains(Path.of("/usr/lib/jvm"),
                    Path.of(System.getProperty("user.home")).resolve(".sdkman/candidates/java"));
        } finally {
            if (before == null) {
                System.clearProperty(InstalledJdks.LOCATIONS_PROPERTY);
            } else {
                System.setProperty(InstalledJdks.LOCATIONS_PROPERTY, before);
            }
        }
    }

    /** A folder that looks like a JDK to a reader of release files: bin/java and JAVA_VERSION. */
    private static void jdk(Path home, String version) throws IOException {
        Files.createDirectories(home.resolve("bin"));
        Path java = Files.writeString(home.resolve("bin/java"), "#!/bin/sh\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(home.resolve("release"), "JAVA_VERSION=\"" + version + "\"\nOS_NAME=\"Linux\"\nOS_ARCH=\"x86_64\"\n");
    }
}
