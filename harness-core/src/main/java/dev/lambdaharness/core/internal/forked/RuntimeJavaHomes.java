package dev.lambdaharness.core.internal.forked;

import dev.lambdaharness.core.InvalidConfigurationException;
import dev.lambdaharness.core.JavaRuntime;
import dev.lambdaharness.core.internal.child.JavaHome;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The JDK each Java runtime's forked environments run on: the system property
 * {@code lambdaharness.javaHome.<runtime>} (e.g. {@code -Dlambdaharness.javaHome.java21=/usr/lib/jvm/jdk-21}),
 * else the environment variable {@code LAMBDA_HARNESS_<RUNTIME>_HOME} (e.g. {@code LAMBDA_HARNESS_JAVA21_HOME}),
 * else the test JVM's own JDK. A configured JDK must be of the runtime's Java version.
 *
 * <pre>{@code
 * System.setProperty("lambdaharness.javaHome.java25", "/usr/lib/jvm/temurin-25-jdk-amd64");
 * runtime.function(FunctionConfig.builder(handler).runtime(JavaRuntime.JAVA25).build(), code, Isolation.FORKED);
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

    /** The JDK configured for the runtime, if any. */
    public static Optional<Path> configured(JavaRuntime runtime) {
        String home = System.getProperty(property(runtime));
        if (home == null || home.isBlank()) {
            home = System.getenv(variable(runtime));
        }
        return home == null || home.isBlank() ? Optional.empty() : Optional.of(Path.of(home));
    }

    /**
     * Checks the JDK configured for the runtime, so a bad one is refused when the function is deployed.
     *
     * @throws InvalidConfigurationException when a configured JDK is missing or of another Java version
     */
    public static void check(JavaRuntime runtime) {
        forRuntime(runtime);
    }

    /**
     * The JDK to run the runtime's children on.
     *
     * @throws InvalidConfigurationException when a configured JDK is missing or of another Java version
     */
    static JavaHome forRuntime(JavaRuntime runtime) {
        Optional<Path> configured = configured(runtime);
        if (configured.isEmpty()) {
            return JavaHome.of(Path.of(System.getProperty("java.home")));
        }
        String source = System.getProperty(property(runtime)) != null ? "-D" + property(runtime) : variable(runtime);
        JavaHome home;
        try {
            home = JavaHome.of(configured.get());
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigurationException(source, configured.get().toString(), null, e.getMessage()
                    + " Point " + source + " at a JDK " + runtime.featureVersion() + ".");
        }
        if (home.featureVersion() != runtime.featureVersion()) {
            throw new InvalidConfigurationException(source, configured.get().toString(), null, source + " names "
                    + configured.get() + ", a JDK " + home.featureVersion() + ", but runtime " + runtime.id() + " is Java "
                    + runtime.featureVersion() + ". Point it at a JDK " + runtime.featureVersion() + ".");
        }
        return home;
    }
}
