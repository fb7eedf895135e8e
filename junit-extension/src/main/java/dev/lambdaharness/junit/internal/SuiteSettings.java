package dev.lambdaharness.junit.internal;

import dev.lambdaharness.core.InvalidConfigurationException;
import dev.lambdaharness.core.Isolation;
import dev.lambdaharness.core.LambdaRuntime;
import dev.lambdaharness.core.RemoteConfig;
import dev.lambdaharness.core.SpareEnvironments;
import dev.lambdaharness.junit.LambdaTest;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/** The settings of a whole test run, read from JUnit configuration parameters. */
final class SuiteSettings {

    private SuiteSettings() {
    }

    /** The isolation for functions whose annotation sets none: the parameter's, else in-process. */
    static Isolation isolation(ExtensionContext context) {
        return context.getConfigurationParameter(LambdaTest.ISOLATION_PROPERTY_NAME)
                .map(SuiteSettings::parseIsolation)
                .orElse(Isolation.IN_PROCESS);
    }

    /**
     * Where remote functions are: the endpoint and region parameters, and each function's mapping
     * ({@value LambdaTest#REMOTE_FUNCTION_PROPERTY_PREFIX}{@code <name>}) under its function name.
     */
    static RemoteConfig remote(ExtensionContext context, List<FunctionSpec> functions) {
        RemoteConfig.Builder remote = RemoteConfig.builder();
        try {
            context.getConfigurationParameter(LambdaTest.REMOTE_ENDPOINT_PROPERTY_NAME)
                    .ifPresent(endpoint -> remote.endpoint(URI.create(endpoint.strip())));
            context.getConfigurationParameter(LambdaTest.REMOTE_REGION_PROPERTY_NAME).map(String::strip)
                    .ifPresent(remote::region);
            for (FunctionSpec function : functions) {
                String functionName = function.config().functionName();
                context.getConfigurationParameter(LambdaTest.REMOTE_FUNCTION_PROPERTY_PREFIX + function.name())
                        .or(() -> context.getConfigurationParameter(LambdaTest.REMOTE_FUNCTION_PROPERTY_PREFIX
                                + functionName))
                        .ifPresent(deployed -> remote.function(functionName, deployed));
            }
        } catch (IllegalArgumentException e) {
            // InvalidConfigurationException from RemoteConfig, or URI.create's own for an endpoint that is no URI.
            throw new ExtensionConfigurationException("A configuration parameter of the remote target is wrong: "
                    + e.getMessage() + " (" + LambdaTest.REMOTE_ENDPOINT_PROPERTY_NAME + ", "
                    + LambdaTest.REMOTE_REGION_PROPERTY_NAME + ", " + LambdaTest.REMOTE_FUNCTION_PROPERTY_PREFIX
                    + "<name>; see docs/remote.md)", e);
        }
        return remote.build();
    }

    /** The timeout scale: the parameter's, else 1. */
    static double timeoutScale(ExtensionContext context) {
        return context.getConfigurationParameter(LambdaTest.TIMEOUT_SCALE_PROPERTY_NAME)
                .map(SuiteSettings::parseScale)
                .orElse(1.0);
    }

    /** Whether a function whose Java is not its runtime's is refused: the parameter's, else off. */
    static boolean strictRuntime(ExtensionContext context) {
        return context.getConfigurationParameter(LambdaTest.STRICT_RUNTIME_PROPERTY_NAME)
                .map(SuiteSettings::parseStrict)
                .orElse(false);
    }

    private static boolean parseStrict(String value) {
        String trimmed = value.trim();
        if (trimmed.equalsIgnoreCase("true") || trimmed.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(trimmed);
        }
        throw new ExtensionConfigurationException("Configuration parameter " + LambdaTest.STRICT_RUNTIME_PROPERTY_NAME
                + " is '" + value + "', but it must be true (refuse a function whose Java is not its runtime's) or"
                + " false (run it with a warning, the default). Set it to one of those, or remove it.");
    }

    /** What spare environments run ahead for classes that set nothing: the parameter's, else {@code BOOTED}. */
    static SpareEnvironments spares(ExtensionContext context) {
        return context.getConfigurationParameter(LambdaTest.SPARES_PROPERTY_NAME)
                .map(SuiteSettings::parseSpares)
                .orElse(SpareEnvironments.BOOTED);
    }

    /** The mode the parameter names, in any case, with {@code -} for {@code _}. */
    private static SpareEnvironments parseSpares(String value) {
        String name = value.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
        for (SpareEnvironments mode : SpareEnvironments.values()) {
            if (mode.name().equals(name)) {
                return mode;
            }
        }
        throw new ExtensionConfigurationException("Configuration parameter " + LambdaTest.SPARES_PROPERTY_NAME + " is '"
                + value + "', which names no spare setting. Set it to booted (the default: a spare JVM boots ahead,"
                + " INIT runs in the test), initialised (INIT runs ahead too) or none (each forked cold start boots its"
                + " JVM), or remove it.");
    }

    /** The debug port for classes that set none: the parameter's, else 0 (none). */
    static int debugPort(ExtensionContext context) {
        return context.getConfigurationParameter(LambdaTest.DEBUG_PORT_PROPERTY_NAME)
                .map(SuiteSettings::parsePort)
                .orElse(0);
    }

    /** The port the parameter names, checked by the runtime builder's own rule for a port. */
    private static int parsePort(String value) {
        try {
            int port = Integer.parseInt(value.trim());
            LambdaRuntime.builder().debugPort(port);
            return port;
        } catch (NumberFormatException | InvalidConfigurationException e) {
            throw new ExtensionConfigurationException("Configuration parameter " + LambdaTest.DEBUG_PORT_PROPERTY_NAME
                    + " is '" + value + "', which is not a port. Set it to a free port from 1 to 65535 (for example"
                    + " -D" + LambdaTest.DEBUG_PORT_PROPERTY_NAME + "=5005), or remove it.", e);
        }
    }

    /** The isolation the parameter names, in any spelling {@link Isolation#fromId(String)} accepts. */
    private static Isolation parseIsolation(String value) {
        try {
            return Isolation.fromId(value);
        } catch (InvalidConfigurationException e) {
            throw new ExtensionConfigurationException("Configuration parameter " + LambdaTest.ISOLATION_PROPERTY_NAME
                    + " is '" + value + "', which names no isolation. Set it to in-process, forked or remote (in"
                    + " junit-platform.properties or with -D" + LambdaTest.ISOLATION_PROPERTY_NAME + "=forked).", e);
        }
    }

    /** The factor the parameter names, checked by the runtime builder's own rule for a scale. */
    private static double parseScale(String value) {
        try {
            double factor = Double.parseDouble(value.trim());
            LambdaRuntime.builder().timeoutScale(factor);
            return factor;
        } catch (NumberFormatException | InvalidConfigurationException e) {
            throw new ExtensionConfigurationException("Configuration parameter "
                    + LambdaTest.TIMEOUT_SCALE_PROPERTY_NAME + " is '" + value + "', but it must be a number of at"
                    + " least 1: the factor every function timeout and the 10 s INIT limit are stretched by on a"
                    + " slow machine. Set it to, for example, 2, or remove it to keep Lambda's limits.", e);
        }
    }
}
