package dev.lambdaharness.core.internal.config;

import dev.lambdaharness.core.InvalidConfigurationException;
import dev.lambdaharness.core.LogFormat;
import dev.lambdaharness.core.LogLevel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Lambda's limits on a function's settings, each with the message that refuses a value outside it:
 * the setting as Lambda's API spells it, the value, what Lambda accepts, the error code its API
 * answers with ({@code ValidationException} or {@code InvalidParameterValueException}) and the fix.
 * The configuration groups check themselves against these when a {@code FunctionConfig} is built.
 *
 * <pre>{@code
 * FunctionLimits.MEMORY_SIZE.check(64);          // refuses: 128 to 10240 MB
 * FunctionLimits.environment(Map.of("AWS_REGION", "eu-west-1")); // refuses: reserved
 * }</pre>
 */
public final class FunctionLimits {

    /** Lambda's smallest memory size, in MB. */
    public static final int MIN_MEMORY_MB = 128;
    /** Lambda's largest memory size, in MB. */
    public static final int MAX_MEMORY_MB = 10240;
    /** Lambda's largest function timeout, in seconds. */
    public static final int MAX_TIMEOUT_SECONDS = 900;
    /** Lambda's limit on the environment variables of one function, in bytes of their JSON form. */
    public static final int MAX_ENVIRONMENT_BYTES = 4096;
    /** The retries of an asynchronous invocation when none are configured. */
    public static final int DEFAULT_MAXIMUM_RETRY_ATTEMPTS = 2;
    /** How long an asynchronous event may wait when no age is configured, in seconds (6 h). */
    public static final int DEFAULT_MAXIMUM_EVENT_AGE_SECONDS = 21600;

    /** Environment variables Lambda sets itself and refuses in a function's configuration. */
    public static final Set<String> RESERVED_ENVIRONMENT_VARIABLES = Set.of(
            "_HANDLER", "_X_AMZN_TRACE_ID", "AWS_DEFAULT_REGION", "AWS_REGION", "AWS_EXECUTION_ENV",
            "AWS_LAMBDA_FUNCTION_NAME", "AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "AWS_LAMBDA_FUNCTION_VERSION",
            "AWS_LAMBDA_INITIALIZATION_TYPE", "AWS_LAMBDA_LOG_GROUP_NAME", "AWS_LAMBDA_LOG_STREAM_NAME",
            "AWS_ACCESS_KEY", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN",
            "AWS_LAMBDA_RUNTIME_API", "LAMBDA_TASK_ROOT", "LAMBDA_RUNTIME_DIR");

    /** {@code MemorySize}. */
    public static final IntRange MEMORY_SIZE = new IntRange("memorySize", MIN_MEMORY_MB, MAX_MEMORY_MB, "MB");
    /** {@code Timeout}. */
    public static final IntRange TIMEOUT = new IntRange("timeout", 1, MAX_TIMEOUT_SECONDS, "seconds");
    /** {@code EphemeralStorage.Size}. */
    public static final IntRange EPHEMERAL_STORAGE = new IntRange("ephemeralStorage.size", 512, 10240, "MB");
    /** {@code PutFunctionConcurrency}'s {@code ReservedConcurrentExecutions}. */
    public static final IntRange RESERVED_CONCURRENCY =
            new IntRange("reservedConcurrentExecutions", 0, 1000, "executions");
    /** {@code PutProvisionedConcurrencyConfig}'s {@code ProvisionedConcurrentExecutions}. */
    public static final IntRange PROVISIONED_CONCURRENCY =
            new IntRange("provisionedConcurrentExecutions", 1, 1000, "executions");
    /**
     * Refuses provisioned concurrency above the function's reserved concurrency, as
     * {@code PutProvisionedConcurrencyConfig} does: it comes out of the reservation.
     *
     * @param functionName the function, for the message
     * @param total the function's provisioned concurrency with this allocation, over all its versions and aliases
     * @param executions this allocation
     * @param reserved the function's reserved concurrency, if any
     * @throws InvalidConfigurationException with Lambda's {@code InvalidParameterValueException} message
     */
    public static void checkProvisionedWithinReserved(String functionName, int total, int executions, OptionalInt reserved) {
        if (reserved.isPresent() && total > reserved.getAsInt()) {
            throw new InvalidConfigurationException("provisionedConcurrentExecutions", Integer.toString(executions),
                    "InvalidParameterValueException", "provisionedConcurrentExecutions " + executions + " brings function "
                    + functionName + "'s provisioned concurrency to " + total + ", above its reserved concurrency of "
                    + reserved.getAsInt() + " (InvalidParameterValueException: Requested Provisioned Concurrency should"
                    + " not be greater than the reservedConcurrentExecution for function). Provision at most "
                    + (reserved.getAsInt() - total + executions) + ", or reserve more.");
        }
    }

    /** {@code PutFunctionEventInvokeConfig}'s {@code MaximumRetryAttempts}. */
    public static final IntRange MAXIMUM_RETRY_ATTEMPTS = new IntRange("maximumRetryAttempts", 0, 2, "retries");
    /** {@code PutFunctionEventInvokeConfig}'s {@code MaximumEventAgeInSeconds}. */
    public static final IntRange MAXIMUM_EVENT_AGE =
            new IntRange("maximumEventAgeInSeconds", 60, DEFAULT_MAXIMUM_EVENT_AGE_SECONDS, "seconds");

    /** {@code FunctionName}. */
    public static final TextPattern FUNCTION_NAME = new TextPattern("functionName",
            Pattern.compile("[a-zA-Z0-9-_]{1,64}"), "1 to 64 letters, digits, hyphens and underscores");
    /** The region of the function's ARNs. */
    public static final TextPattern REGION = new TextPattern("region",
            Pattern.compile("[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\\d"), "a region name such as us-east-1");
    /** The account of the function's ARNs. */
    public static final TextPattern ACCOUNT_ID =
            new TextPattern("accountId", Pattern.compile("\\d{12}"), "a 12-digit account id");
    /** The version that runs. */
    public static final TextPattern VERSION = new TextPattern("version",
            Pattern.compile("\\$LATEST|[1-9][0-9]{0,9}"), "$LATEST or a published version number");
    /** The alias the function is invoked through. */
    public static final TextPattern ALIAS = new TextPattern("alias", Pattern.compile("(?!^[0-9]+$)[a-zA-Z0-9-_]{1,128}"),
            "1 to 128 letters, digits, hyphens and underscores, not all digits");

    /** {@code DestinationConfig.OnSuccess.Destination}. */
    public static final ArnSetting ON_SUCCESS_DESTINATION = ArnSetting.destination("destinationConfig.onSuccess.destination");
    /** {@code DestinationConfig.OnFailure.Destination}. */
    public static final ArnSetting ON_FAILURE_DESTINATION = ArnSetting.destination("destinationConfig.onFailure.destination");
    /** {@code DeadLetterConfig.TargetArn}. */
    public static final ArnSetting DEAD_LETTER_TARGET = new ArnSetting("deadLetterConfig.targetArn");

    private static final Pattern HANDLER = Pattern.compile("[^\\s]+");
    private static final Pattern ENVIRONMENT_KEY = Pattern.compile("[a-zA-Z][a-zA-Z0-9_]+");
    private static final Set<LogLevel> SYSTEM_LOG_LEVELS = Set.of(LogLevel.DEBUG, LogLevel.INFO, LogLevel.WARN);

    private FunctionLimits() {
    }

    /** Refuses a handler string Lambda's API would refuse; its shape is checked per invocation. */
    public static void handler(String handler) {
        if (handler == null || handler.length() > 128 || !HANDLER.matcher(handler).matches()) {
            throw new InvalidConfigurationException("handler", String.valueOf(handler), "ValidationException",
                    "handler '" + handler + "' is not valid: Lambda accepts 1 to 128 characters without spaces"
                            + " (ValidationException). Use a handler such as com.example.Handler::handleRequest.");
        }
    }

    /** The timeout in seconds, refusing a fraction of a second, which Lambda cannot configure. */
    public static int wholeSeconds(Duration timeout) {
        if (timeout == null) {
            throw missing("timeout", "Give a whole number of seconds from 1 to 900, for example"
                    + " timeout(Duration.ofSeconds(10)) or timeout(10).");
        }
        if (timeout.toNanos() % 1_000_000_000L != 0) {
            throw new InvalidConfigurationException("timeout", timeout.toString(), "ValidationException",
                    "timeout " + timeout + " is not a whole number of seconds: Lambda configures timeouts in"
                            + " seconds (1 to 900). Round it to whole seconds.");
        }
        return (int) Math.min(Integer.MAX_VALUE, timeout.getSeconds());
    }

    /**
     * Refuses reserved or malformed names and variables over 4 KB, measured as Lambda measures them:
     * on the JSON of the variables.
     */
    public static void environment(Map<String, String> variables) {
        StringBuilder json = new StringBuilder("{");
        for (Map.Entry<String, String> variable : variables.entrySet()) {
            String key = variable.getKey();
            if (RESERVED_ENVIRONMENT_VARIABLES.contains(key)) {
                throw new InvalidConfigurationException("environment", key, "InvalidParameterValueException",
                        "environment variable " + key + " is reserved: Lambda was unable to configure your"
                                + " environment variables because the environment variables you have provided"
                                + " contains reserved keys that are currently not supported for modification."
                                + " Reserved keys used in this request: " + key
                                + " (InvalidParameterValueException). Remove it; Lambda Harness sets it.");
            }
            if (!ENVIRONMENT_KEY.matcher(key).matches()) {
                throw new InvalidConfigurationException("environment", key, "ValidationException",
                        "environment variable name '" + key + "' is not valid: Lambda accepts names that start"
                                + " with a letter and have at least two letters, digits or underscores"
                                + " (ValidationException). Rename it.");
            }
            if (json.length() > 1) {
                json.append(',');
            }
            json.append('"').append(key).append("\":\"").append(variable.getValue()).append('"');
        }
        json.append('}');
        int size = json.toString().getBytes(StandardCharsets.UTF_8).length;
        if (size > MAX_ENVIRONMENT_BYTES) {
            throw new InvalidConfigurationException("environment", size + " bytes",
                    "InvalidParameterValueException", "environment variables take " + size + " bytes: Lambda was"
                            + " unable to configure your environment variables because the environment variables"
                            + " you have provided exceeded the 4KB limit (InvalidParameterValueException)."
                            + " Keep them under " + MAX_ENVIRONMENT_BYTES
                            + " bytes, for example by moving large values to a file or a parameter store.");
        }
    }

    /**
     * Refuses log levels under text logs, where Lambda applies none, and a system level Lambda does
     * not offer.
     */
    public static void logLevels(LogFormat format, Optional<LogLevel> application, Optional<LogLevel> system) {
        if (format == LogFormat.TEXT && (application.isPresent() || system.isPresent())) {
            String setting = application.isPresent() ? "applicationLogLevel" : "systemLogLevel";
            LogLevel level = application.or(() -> system).orElseThrow();
            throw new InvalidConfigurationException("loggingConfig." + setting, level.name(),
                    "InvalidParameterValueException", setting + " " + level + " needs LogFormat JSON: Lambda"
                            + " applies log levels only to JSON logs (InvalidParameterValueException)."
                            + " Set logFormat(LogFormat.JSON) or remove the level.");
        }
        system.filter(level -> !SYSTEM_LOG_LEVELS.contains(level)).ifPresent(level -> {
            throw notOneOf("loggingConfig.systemLogLevel", level.name(), "DEBUG, INFO, WARN");
        });
    }

    /**
     * The refusal of a setting given as {@code null}, which Lambda Harness refuses where it is
     * given rather than failing later on: no setting of Lambda's is a Java {@code null}.
     *
     * @param setting the setting as the builder names it
     * @param fix the sentence saying what to give instead
     */
    public static InvalidConfigurationException missing(String setting, String fix) {
        return new InvalidConfigurationException(setting, "null", null, setting + " is null. " + fix);
    }

    /** Refuses an environment variable whose name or value is {@code null}, naming the variable. */
    public static void environmentVariable(String key, String value) {
        if (key == null) {
            throw missing("environment variable name", "Give a name that starts with a letter and has at least"
                    + " two letters, digits or underscores, as Lambda requires.");
        }
        if (value == null) {
            throw new InvalidConfigurationException("environment", key, null, "environment variable " + key
                    + " has a null value: Lambda's environment variables are strings. Give a value (\"\" for an"
                    + " empty one) or leave the variable out.");
        }
    }

    /** The refusal of a value that is not one of the few Lambda accepts. */
    public static InvalidConfigurationException notOneOf(String setting, String value, String allowed) {
        return new InvalidConfigurationException(setting, value, "ValidationException",
                setting + " '" + value + "' is not valid: Lambda accepts one of " + allowed
                        + " (ValidationException). Use one of those values.");
    }
}
