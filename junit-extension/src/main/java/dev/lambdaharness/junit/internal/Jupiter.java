package dev.lambdaharness.junit.internal;

import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * The JUnit Jupiter this test run has, found once. The extension is compiled against Jupiter 5.10,
 * the oldest it supports, and uses what later versions added only where they are present: a named
 * argument set for {@code @EventSource} invocations (5.11) and constructor parameters resolved in the
 * test's own context (5.12, which {@link LambdaTestExtension} declares in a method older versions
 * never call). Below 5.10 every Lambda Harness test class fails before its first test, with
 * {@link #unsupported()}'s message, rather than with a linkage error in the middle of a run.
 * junit-jupiter-params is held to 5.10 only where {@code @EventSource} needs it: aws-lambda-java-tests
 * 1.1.1, in three of AWS's Java samples, brings params 5.7.0 beside a project's newer api and
 * engine, and a project that does not use {@code @EventSource} need not change that.
 *
 * <pre>{@code
 * Jupiter.requireSupported();                      // in the extension's first callback
 * boolean perTest = Jupiter.resolvesConstructorsPerTest();
 * }</pre>
 */
final class Jupiter {

    /** The oldest Jupiter line the extension supports, 5.10; it is compiled against its newest patch, {@link #OLDEST_RELEASE}. */
    static final int OLDEST_MAJOR = 5;
    static final int OLDEST_MINOR = 10;
    static final String OLDEST_RELEASE = "5.10.5";

    private static final String API_VERSION = version(org.junit.jupiter.api.Test.class);
    /** Null without junit-jupiter-params: a project declares it only to write parameterized tests, {@code @EventSource}'s too. */
    private static final String PARAMS_VERSION = versionOf("org.junit.jupiter.params.provider.ArgumentsProvider");
    private static final Optional<String> UNSUPPORTED = unsupported(API_VERSION, null);
    private static final Optional<String> UNSUPPORTED_FOR_EVENT_SOURCE = unsupported(API_VERSION, PARAMS_VERSION);
    private static final boolean RESOLVES_CONSTRUCTORS_PER_TEST =
            present("org.junit.jupiter.api.extension.TestInstantiationAwareExtension");

    private Jupiter() {
    }

    /**
     * Fails when the junit-jupiter-api found is older than 5.10.
     *
     * @throws ExtensionConfigurationException naming the version found and the fix
     */
    static void requireSupported() {
        UNSUPPORTED.ifPresent(message -> {
            throw new ExtensionConfigurationException(message);
        });
    }

    /**
     * Fails when the junit-jupiter-api or -params found is older than 5.10: {@code @EventSource}
     * provides arguments through params.
     *
     * @throws ExtensionConfigurationException naming the version found and the fix
     */
    static void requireSupportedForEventSource() {
        UNSUPPORTED_FOR_EVENT_SOURCE.ifPresent(message -> {
            throw new ExtensionConfigurationException(message);
        });
    }

    /** Why the Jupiter found is not supported, if it is not (for {@code @EventSource}, see {@link #requireSupportedForEventSource()}). */
    static Optional<String> unsupported() {
        return UNSUPPORTED;
    }

    /** The junit-jupiter-api version of this run, {@code unknown} when its jar does not say. */
    static String version() {
        return API_VERSION != null ? API_VERSION : "unknown";
    }

    /** Whether Jupiter resolves constructor parameters in the test's context when asked to (5.12 and later). */
    static boolean resolvesConstructorsPerTest() {
        return RESOLVES_CONSTRUCTORS_PER_TEST;
    }

    static Optional<String> unsupported(String apiVersion, String paramsVersion) {
        String older = older(apiVersion) ? apiVersion : older(paramsVersion) ? paramsVersion : null;
        if (older == null) {
            return Optional.empty();
        }
        String artifact = older.equals(apiVersion) ? "junit-jupiter-api" : "junit-jupiter-params";
        return Optional.of("Lambda Harness needs JUnit Jupiter " + OLDEST_MAJOR + "." + OLDEST_MINOR + " or newer, but this"
                + " test run has " + artifact + " " + older + ". Raise JUnit: import org.junit:junit-bom at " + OLDEST_RELEASE
                + " or newer"
                + " (5.14.x, 6.x) in <dependencyManagement>, or set junit-jupiter's version to one, so that"
                + " junit-jupiter-api, -params and -engine are all of that version.");
    }

    /** Whether a version such as {@code 5.9.3} is older than 5.10; an unreadable version is not. */
    private static boolean older(String version) {
        if (version == null) {
            return false;
        }
        String[] parts = version.split("[.\\-]");
        try {
            int major = Integer.parseInt(parts[0]);
            int minor = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
            return major < OLDEST_MAJOR || major == OLDEST_MAJOR && minor < OLDEST_MINOR;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The {@code Implementation-Version} of the jar holding {@code type}; null when repackaged without one. */
    private static String version(Class<?> type) {
        Package found = type.getPackage();
        return found == null ? null : found.getImplementationVersion();
    }

    private static boolean present(String className) {
        try {
            Class.forName(className, false, Jupiter.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** The version of the jar holding the named class, without linking anything of it; null when the class is absent. */
    private static String versionOf(String className) {
        try {
            return version(Class.forName(className, false, Jupiter.class.getClassLoader()));
        } catch (ClassNotFoundException e) {
            return null;
        }
    }
}
