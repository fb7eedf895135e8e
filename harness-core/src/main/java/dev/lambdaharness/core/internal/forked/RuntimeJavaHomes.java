package dev.lambdaharness.core.internal.forked;

import dev.lambdaharness.core.InvalidConfigurationException;
import dev.lambdaharness.core.JavaRuntime;
import dev.lambdaharness.core.internal.child.JavaHome;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The JDK each Java runtime's forked environments run on. The JDK of the runtime's own Java version is
 * looked for, in order: the system property {@code lambdaharness.javaHome.<runtime>} (e.g.
 * {@code -Dlambdaharness.javaHome.java21=/usr/lib/jvm/jdk-21}), the environment variable
 * {@code LAMBDA_HARNESS_<RUNTIME>_HOME} (e.g. {@code LAMBDA_HARNESS_JAVA21_HOME}), the variables JDK
 * installers and CI runners set ({@code JAVA21_HOME}, {@code JAVA_HOME_21_X64}, {@code JAVA_HOME_21_AARCH64}),
 * the test JVM itself, and the usual JDK folders ({@link InstalledJdks}). A JDK named by one of our
 * two settings must be of the runtime's Java version; the others are skipped when they are not.
 * When none is found, the function runs on the test JVM if it is new enough, else on the oldest newer
 * JDK installed, and {@code PlacementPolicy} says so (or refuses, in strict mode).
 *
 * <pre>{@code
 * System.setProperty("lambdaharness.javaHome.java25", "/usr/lib/jvm/temurin-25-jdk-amd64");
 * JavaHome jdk = RuntimeJavaHomes.forRuntime(JavaRuntime.JAVA25);
 * }</pre>
 */
public final class RuntimeJavaHomes {

    private RuntimeJavaHomes() {
    }

    /** The property naming the JDK of a runtime. */
    public static String property(JavaRuntime runtime) {
        return "lambdaharness.javaHome." + runtime.id();
    }

    /** The environment variable naming the JDK of a runtime. */
    public static String variable(JavaRuntime runtime) {
        return "LAMBDA_HARNESS_" + runtime.id().toUpperCase(Locale.ROOT) + "_HOME";
    }

    /** The variables others set for a JDK of the runtime's version: {@code JAVA21_HOME}, and GitHub Actions' {@code JAVA_HOME_21_X64}. */
    public static List<String> conventionalVariables(JavaRuntime runtime) {
        int feature = runtime.featureVersion();
        return List.of("JAVA" + feature + "_HOME", "JAVA_HOME_" + feature + "_X64", "JAVA_HOME_" + feature + "_AARCH64");
    }

    /** The JDK configured for the runtime with our property or variable, if any. */
    public static Optional<Path> configured(JavaRuntime runtime) {
        String home = System.getProperty(property(runtime));
        if (home == null || home.isBlank()) {
            home = System.getenv(variable(runtime));
        }
        return home == null || home.isBlank() ? Optional.empty() : Optional.of(Path.of(home));
    }

    /**
     * The JDK of the runtime's own Java version, if one is found where the class comment says.
     *
     * @throws InvalidConfigurationException when our property or variable names a missing JDK or one of another version
     */
    public static Optional<JavaHome> find(JavaRuntime runtime) {
        Optional<Path> configured = configured(runtime);
        if (configured.isPresent()) {
            return Optional.of(configuredHome(runtime, configured.get()));
        }
        for (String variable : conventionalVariables(runtime)) {
            String home = System.getenv(variable);
            if (home != null && !home.isBlank()) {
                Optional<JavaHome> jdk = ofVersion(Path.of(home), runtime.featureVersion());
                if (jdk.isPresent()) {
                    return jdk;
                }
            }
        }
        JavaHome testJvm = testJvm();
        if (testJvm.featureVersion() == runtime.featureVersion()) {
            return Optional.of(testJvm);
        }
        return InstalledJdks.usual().of(runtime.featureVersion());
    }

    /**
     * The JDK to run the runtime's children on: its own version's when found, else the test JVM's when it is newer,
     * else the oldest newer JDK installed, else the test JVM's (which {@code PlacementPolicy} then refuses).
     *
     * @throws InvalidConfigurationException when a configured JDK is missing or of another Java version
     */
    public static JavaHome forRuntime(JavaRuntime runtime) {
        Optional<JavaHome> own = find(runtime);
        if (own.isPresent()) {
            return own.get();
        }
        JavaHome testJvm = testJvm();
        if (testJvm.featureVersion() >= runtime.featureVersion()) {
            return testJvm;
        }
        return InstalledJdks.usual().nearestNewerThan(runtime.featureVersion()).orElse(testJvm);
    }

    /** Where {@link #find} looked, for messages. */
    public static String searched(JavaRuntime runtime) {
        return "-D" + property(runtime) + ", " + variable(runtime) + ", " + String.join(", ", conventionalVariables(runtime))
                + ", the test JVM and " + (System.getProperty(InstalledJdks.LOCATIONS_PROPERTY) != null
                ? "the folders -D" + InstalledJdks.LOCATIONS_PROPERTY + " lists" : "the usual JDK folders");
    }

    private static JavaHome testJvm() {
        return JavaHome.of(Path.of(System.getProperty("java.home")));
    }

    private static Optional<JavaHome> ofVersion(Path home, int featureVersion) {
        try {
            JavaHome jdk = JavaHome.of(home);
            return jdk.featureVersion() == featureVersion ? Optional.of(jdk) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static JavaHome configuredHome(JavaRuntime runtime, Path configured) {
        String source = System.getProperty(property(runtime)) != null ? "-D" + property(runtime) : variable(runtime);
        JavaHome home;
        try {
            home = JavaHome.of(configured);
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigurationException(source, configured.toString(), null, e.getMessage()
                    + " Point " + source + " at a JDK " + runtime.featureVersion() + ".");
        }
        if (home.featureVersion() != runtime.featureVersion()) {
            throw new InvalidConfigurationException(source, configured.toString(), null, source + " names "
                    + configured + ", a JDK " + home.featureVersion() + ", but runtime " + runtime.id() + " is Java "
                    + runtime.featureVersion() + ". Point it at a JDK " + runtime.featureVersion() + ".");
        }
        return home;
    }
}
