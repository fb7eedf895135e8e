package dev.lambdaharness.core.oracle;

import dev.lambdaharness.core.internal.child.TaskRoots;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What the oracle runs: a handler in a task root, with the function's settings.
 *
 * <pre>{@code
 * OracleSpec spec = OracleSpec.of("com.example.Hello::handleRequest", taskRoot)
 *         .withMemoryMb(1024)
 *         .withLogFormat("JSON");
 * }</pre>
 *
 * @param handler     the handler string, e.g. {@code com.example.Hello::handleRequest} ({@code _HANDLER})
 * @param taskRoot    a directory holding the function's classes and {@code lib/*.jar}: the child's working
 *                    directory ({@code user.dir}), as {@code /var/task} is on Lambda; see {@link TaskRoots}
 * @param layerJars   jars the function gets from layers ({@code /opt/java/lib} on Lambda), in any order
 * @param environment the function's own environment variables, added to (and overriding) the oracle's
 *                    defaults for the reserved ones such as {@code AWS_REGION} or {@code AWS_LAMBDA_FUNCTION_NAME}
 * @param memoryMb    the configured memory, 128 to 10240 MB: sets {@code AWS_LAMBDA_FUNCTION_MEMORY_SIZE} and the heap
 * @param javaHome    the JDK the child runs on
 * @param logFormat   {@code TEXT} or {@code JSON} ({@code AWS_LAMBDA_LOG_FORMAT}), or {@code null} to leave it unset
 * @param logLevel    {@code TRACE}, {@code DEBUG}, {@code INFO}, {@code WARN}, {@code ERROR} or {@code FATAL}
 *                    ({@code AWS_LAMBDA_LOG_LEVEL}), or {@code null} to leave it unset
 */
public record OracleSpec(String handler, Path taskRoot, List<Path> layerJars, Map<String, String> environment,
                         int memoryMb, Path javaHome, String logFormat, String logLevel) {

    /** Memory when none is given: a common choice, and where the heap rule's observed values are exact. */
    public static final int DEFAULT_MEMORY_MB = 512;

    static final List<String> LOG_FORMATS = List.of("TEXT", "JSON");
    static final List<String> LOG_LEVELS = List.of("TRACE", "DEBUG", "INFO", "WARN", "ERROR", "FATAL");

    /** Variables the oracle itself sets from the spec or to reach the child; naming the spec field that controls each. */
    static final Map<String, String> OWNED_VARIABLES = Map.of(
            "_HANDLER", "handler",
            "LAMBDA_TASK_ROOT", "taskRoot",
            "AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "memoryMb",
            "AWS_LAMBDA_LOG_FORMAT", "logFormat",
            "AWS_LAMBDA_LOG_LEVEL", "logLevel",
            "AWS_LAMBDA_RUNTIME_API", "nothing (the oracle's own Runtime API)",
            "_LAMBDA_TELEMETRY_LOG_FD", "nothing (the oracle decodes the telemetry fd)");

    /** Checks every value; files are checked when the oracle starts. */
    public OracleSpec {
        if (handler == null || handler.isBlank()) {
            throw new IllegalArgumentException("The oracle needs a handler string such as com.example.Hello::handleRequest; got "
                    + (handler == null ? "null" : "'" + handler + "'") + ".");
        }
        Objects.requireNonNull(taskRoot, "taskRoot: pass the directory holding the function's classes and lib/*.jar");
        layerJars = List.copyOf(Objects.requireNonNull(layerJars, "layerJars: pass List.of() for no layers"));
        TreeMap<String, String> env = new TreeMap<>(Objects.requireNonNull(environment, "environment: pass Map.of() for none"));
        for (String name : env.keySet()) {
            String field = OWNED_VARIABLES.get(name);
            if (field != null) {
                throw new IllegalArgumentException("The environment variable " + name + " is set by the oracle; set OracleSpec."
                        + field + " instead of putting it in the environment.");
            }
        }
        environment = java.util.Collections.unmodifiableMap(env);
        if (memoryMb < 128 || memoryMb > 10240) {
            throw new IllegalArgumentException("memoryMb must be between 128 and 10240 (Lambda's MemorySize range); got " + memoryMb + ".");
        }
        Objects.requireNonNull(javaHome, "javaHome: pass the JDK to run the child on, e.g. Path.of(System.getProperty(\"java.home\"))");
        checkChoice("logFormat (AWS_LAMBDA_LOG_FORMAT)", logFormat, LOG_FORMATS);
        checkChoice("logLevel (AWS_LAMBDA_LOG_LEVEL)", logLevel, LOG_LEVELS);
    }

    /** A spec with {@value #DEFAULT_MEMORY_MB} MB, this JVM's JDK, no layers, no extra variables and the log settings unset. */
    public static OracleSpec of(String handler, Path taskRoot) {
        return new OracleSpec(handler, taskRoot, List.of(), Map.of(), DEFAULT_MEMORY_MB,
                Path.of(System.getProperty("java.home")), null, null);
    }

    /** This spec with other function environment variables. */
    public OracleSpec withEnvironment(Map<String, String> newEnvironment) {
        return new OracleSpec(handler, taskRoot, layerJars, newEnvironment, memoryMb, javaHome, logFormat, logLevel);
    }

    /** This spec with another memory size. */
    public OracleSpec withMemoryMb(int newMemoryMb) {
        return new OracleSpec(handler, taskRoot, layerJars, environment, newMemoryMb, javaHome, logFormat, logLevel);
    }

    /** This spec on another JDK. */
    public OracleSpec withJavaHome(Path newJavaHome) {
        return new OracleSpec(handler, taskRoot, layerJars, environment, memoryMb, newJavaHome, logFormat, logLevel);
    }

    /** This spec with another {@code AWS_LAMBDA_LOG_FORMAT}. */
    public OracleSpec withLogFormat(String newLogFormat) {
        return new OracleSpec(handler, taskRoot, layerJars, environment, memoryMb, javaHome, newLogFormat, logLevel);
    }

    /** This spec with another {@code AWS_LAMBDA_LOG_LEVEL}. */
    public OracleSpec withLogLevel(String newLogLevel) {
        return new OracleSpec(handler, taskRoot, layerJars, environment, memoryMb, javaHome, logFormat, newLogLevel);
    }

    /** This spec with layer jars. */
    public OracleSpec withLayerJars(List<Path> newLayerJars) {
        return new OracleSpec(handler, taskRoot, newLayerJars, environment, memoryMb, javaHome, logFormat, logLevel);
    }

    private static void checkChoice(String what, String value, List<String> allowed) {
        // The RIC accepts any case but dies at start-up on anything else, without an init error.
        if (value != null && !allowed.contains(value.toUpperCase(Locale.ROOT))) {
            throw new IllegalArgumentException(what + " must be one of " + allowed + " (or null to leave it unset); got '" + value + "'.");
        }
    }
}
