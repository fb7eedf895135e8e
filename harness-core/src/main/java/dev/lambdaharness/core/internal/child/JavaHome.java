package dev.lambdaharness.core.internal.child;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;

/**
 * A JDK a child JVM runs on, as its {@code release} file describes it: the feature version (for
 * {@code AWS_EXECUTION_ENV}), and the OS, CPU and C library (for the RIC's native client).
 *
 * <pre>{@code
 * JavaHome jdk = JavaHome.of(Path.of(System.getProperty("java.home")));
 * Path nativeClient = RicRuntimeLibraries.nativeClient(jdk.osArch(), jdk.musl());
 * }</pre>
 *
 * @param home           the JDK's directory
 * @param featureVersion e.g. 17
 * @param osName         e.g. {@code Linux}
 * @param osArch         e.g. {@code x86_64}
 * @param musl           whether the JDK is built against musl rather than glibc
 */
public record JavaHome(Path home, int featureVersion, String osName, String osArch, boolean musl) {

    /** Reads {@code <home>/release}; for this JVM's own home the running JVM answers when the file is missing. */
    public static JavaHome of(Path home) {
        Path java = home.resolve("bin").resolve("java");
        if (!Files.isExecutable(java)) {
            throw new IllegalArgumentException("No executable " + java + ": javaHome must be a JDK or JRE directory"
                    + " (the one running this test is " + System.getProperty("java.home") + ").");
        }
        Path release = home.resolve("release");
        if (Files.isRegularFile(release)) {
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(release, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new IllegalArgumentException("Could not read " + release + ": " + e.getMessage(), e);
            }
            String version = unquote(properties.getProperty("JAVA_VERSION"));
            if (version != null) {
                return new JavaHome(home, feature(version, release),
                        orDefault(unquote(properties.getProperty("OS_NAME")), System.getProperty("os.name")),
                        orDefault(unquote(properties.getProperty("OS_ARCH")), System.getProperty("os.arch")),
                        "musl".equals(unquote(properties.getProperty("LIBC"))));
            }
        }
        if (isThisJvm(home)) {
            return new JavaHome(home, Runtime.version().feature(), System.getProperty("os.name"), System.getProperty("os.arch"),
                    Files.exists(Path.of("/lib/ld-musl-" + System.getProperty("os.arch") + ".so.1")));
        }
        throw new IllegalArgumentException("Cannot tell the Java version of " + home + ": it has no 'release' file with JAVA_VERSION."
                + " Point javaHome at a full JDK or JRE.");
    }

    /** {@code AWS_Lambda_java17} and so on, the value Lambda gives {@code AWS_EXECUTION_ENV}. */
    public String executionEnvironment() {
        return "AWS_Lambda_java" + featureVersion;
    }

    /** {@code <home>/bin/java}. */
    public Path javaExecutable() {
        return home.resolve("bin").resolve("java");
    }

    private static boolean isThisJvm(Path home) {
        try {
            return Files.isSameFile(home, Path.of(System.getProperty("java.home")));
        } catch (IOException e) {
            return false;
        }
    }

    private static int feature(String version, Path release) {
        String first = version.split("[.+\\-_]")[0];
        try {
            int feature = Integer.parseInt(first);
            return feature == 1 ? Integer.parseInt(version.split("\\.")[1]) : feature; // 1.8.0 is Java 8
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Cannot read the Java version '" + version + "' in " + release + ".", e);
        }
    }

    private static String unquote(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.trim();
        return trimmed.length() >= 2 && trimmed.startsWith("\"") && trimmed.endsWith("\"")
                ? trimmed.substring(1, trimmed.length() - 1) : trimmed;
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isEmpty() ? fallback : value;
    }

    /** {@code Linux} in any case. */
    public boolean isLinux() {
        return osName.toLowerCase(Locale.ROOT).contains("linux");
    }
}
