package dev.lambdaharness.core;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The configuration of one Lambda function, immutable, checked against Lambda's own limits when it
 * is built. Every refusal is an {@link InvalidConfigurationException} naming the setting, the value,
 * the allowed range and the error code Lambda's API answers with.
 *
 * <pre>{@code
 * FunctionConfig config = FunctionConfig.builder("com.example.orders.CreateOrder::handleRequest")
 *         .memorySize(512)
 *         .timeout(Duration.ofSeconds(10))
 *         .environment("TABLE_NAME", "orders")
 *         .build();
 * }</pre>
 *
 * <p>Settings that change nothing in a synchronous invocation yet (asynchronous retries,
 * destinations, reserved concurrency above zero) are kept and reported by
 * {@link #settingsNotEmulated()}; the runtime warns about them. Settings whose absence would change
 * results (provisioned concurrency, SnapStart, a reserved concurrency of zero) are refused by the
 * runtime until it emulates them.
 */
public final class FunctionConfig {

    /** Lambda's smallest and largest memory size, in MB. */
    public static final int MIN_MEMORY_MB = 128;
    /** Lambda's largest memory size, in MB. */
    public static final int MAX_MEMORY_MB = 10240;
    /** Lambda's largest function timeout, in seconds. */
    public static final int MAX_TIMEOUT_SECONDS = 900;
    /** Lambda's limit on the environment variables of one function, in bytes of their JSON form. */
    public static final int MAX_ENVIRONMENT_BYTES = 4096;
    /** The version Lambda runs when no version or alias is named. */
    public static final String LATEST = "$LATEST";

    /** Environment variables Lambda sets itself and refuses in a function's configuration. */
    public static final Set<String> RESERVED_ENVIRONMENT_VARIABLES = Set.of(
            "_HANDLER", "_X_AMZN_TRACE_ID", "AWS_DEFAULT_REGION", "AWS_REGION", "AWS_EXECUTION_ENV",
            "AWS_LAMBDA_FUNCTION_NAME", "AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "AWS_LAMBDA_FUNCTION_VERSION",
            "AWS_LAMBDA_INITIALIZATION_TYPE", "AWS_LAMBDA_LOG_GROUP_NAME", "AWS_LAMBDA_LOG_STREAM_NAME",
            "AWS_ACCESS_KEY", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN",
            "AWS_LAMBDA_RUNTIME_API", "LAMBDA_TASK_ROOT", "LAMBDA_RUNTIME_DIR");

    private static final Pattern HANDLER = Pattern.compile("[^\\s]+");
    private static final Pattern FUNCTION_NAME = Pattern.compile("[a-zA-Z0-9-_]{1,64}");
    private static final Pattern ENVIRONMENT_KEY = Pattern.compile("[a-zA-Z][a-zA-Z0-9_]+");
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\\d");
    private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");
    private static final Pattern VERSION = Pattern.compile("\\$LATEST|[1-9][0-9]{0,9}");
    private static final Pattern ALIAS = Pattern.compile("(?!^[0-9]+$)[a-zA-Z0-9-_]{1,128}");

    private final String handler;
    private final JavaRuntime runtime;
    private final int memorySize;
    private final int timeoutSeconds;
    private final int ephemeralStorageSize;
    private final Map<String, String> environment;
    private final Architecture architecture;
    private final String functionName;
    private final String region;
    private final String accountId;
    private final String version;
    private final String alias;
    private final LogFormat logFormat;
    private final LogLevel applicationLogLevel;
    private final LogLevel systemLogLevel;
    private final String logGroup;
    private final TracingMode tracing;
    private final Integer reservedConcurrency;
    private final Integer provisionedConcurrency;
    private final boolean snapStart;
    private final Integer maximumRetryAttempts;
    private final Integer maximumEventAgeSeconds;
    private final String onSuccessDestination;
    private final String onFailureDestination;
    private final String deadLetterTarget;

    private FunctionConfig(Builder b) {
        this.handler = b.handler;
        this.runtime = b.runtime;
        this.memorySize = b.memorySize;
        this.timeoutSeconds = b.timeoutSeconds;
        this.ephemeralStorageSize = b.ephemeralStorageSize;
        this.environment = Collections.unmodifiableMap(new LinkedHashMap<>(b.environment));
        this.architecture = b.architecture;
        this.functionName = b.functionName != null ? b.functionName : defaultFunctionName(b.handler);
        this.region = b.region;
        this.accountId = b.accountId;
        this.version = b.version;
        this.alias = b.alias;
        this.logFormat = b.logFormat;
        this.applicationLogLevel = b.applicationLogLevel;
        this.systemLogLevel = b.systemLogLevel;
        this.logGroup = b.logGroup;
        this.tracing = b.tracing;
        this.reservedConcurrency = b.reservedConcurrency;
        this.provisionedConcurrency = b.provisionedConcurrency;
        this.snapStart = b.snapStart;
        this.maximumRetryAttempts = b.maximumRetryAttempts;
        this.maximumEventAgeSeconds = b.maximumEventAgeSeconds;
        this.onSuccessDestination = b.onSuccessDestination;
        this.onFailureDestination = b.onFailureDestination;
        this.deadLetterTarget = b.deadLetterTarget;
    }

    /**
     * Starts a configuration for the given handler string, such as {@code com.example.Handler} or
     * {@code com.example.Handler::handleRequest}. Its format is checked when the function is
     * invoked, as Lambda does, so a malformed one fails each invocation with Lambda's message.
     */
    public static Builder builder(String handler) {
        return new Builder(handler);
    }

    /** A builder holding this configuration's settings, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder(handler);
        b.runtime = runtime;
        b.memorySize = memorySize;
        b.timeoutSeconds = timeoutSeconds;
        b.ephemeralStorageSize = ephemeralStorageSize;
        b.environment.putAll(environment);
        b.architecture = architecture;
        b.functionName = functionName;
        b.region = region;
        b.accountId = accountId;
        b.version = version;
        b.alias = alias;
        b.logFormat = logFormat;
        b.applicationLogLevel = applicationLogLevel;
        b.systemLogLevel = systemLogLevel;
        b.logGroup = logGroup;
        b.tracing = tracing;
        b.reservedConcurrency = reservedConcurrency;
        b.provisionedConcurrency = provisionedConcurrency;
        b.snapStart = snapStart;
        b.maximumRetryAttempts = maximumRetryAttempts;
        b.maximumEventAgeSeconds = maximumEventAgeSeconds;
        b.onSuccessDestination = onSuccessDestination;
        b.onFailureDestination = onFailureDestination;
        b.deadLetterTarget = deadLetterTarget;
        return b;
    }

    /** The handler string, for example {@code com.example.Handler::handleRequest}. */
    public String handler() {
        return handler;
    }

    /** The Java runtime the function declares. */
    public JavaRuntime runtime() {
        return runtime;
    }

    /** The configured memory, in MB. */
    public int memorySize() {
        return memorySize;
    }

    /** The function timeout. */
    public Duration timeout() {
        return Duration.ofSeconds(timeoutSeconds);
    }

    /** The size of {@code /tmp}, in MB. */
    public int ephemeralStorageSize() {
        return ephemeralStorageSize;
    }

    /** The function's own environment variables, in the order they were set. */
    public Map<String, String> environment() {
        return environment;
    }

    /** The configured instruction set. */
    public Architecture architecture() {
        return architecture;
    }

    /** The function's name; by default the simple name of the handler class. */
    public String functionName() {
        return functionName;
    }

    /** The AWS region the function pretends to run in. */
    public String region() {
        return region;
    }

    /** The AWS account id in the function's ARNs. */
    public String accountId() {
        return accountId;
    }

    /** The version that runs: {@code $LATEST} or a published version number. */
    public String version() {
        return version;
    }

    /** The alias the function is invoked through, if any. */
    public Optional<String> alias() {
        return Optional.ofNullable(alias);
    }

    /** The log format. */
    public LogFormat logFormat() {
        return logFormat;
    }

    /** The application log level, set only with {@link LogFormat#JSON}. */
    public Optional<LogLevel> applicationLogLevel() {
        return Optional.ofNullable(applicationLogLevel);
    }

    /** The system log level, set only with {@link LogFormat#JSON}. */
    public Optional<LogLevel> systemLogLevel() {
        return Optional.ofNullable(systemLogLevel);
    }

    /** The CloudWatch log group, by default {@code /aws/lambda/<function name>}. */
    public String logGroup() {
        return logGroup != null ? logGroup : "/aws/lambda/" + functionName;
    }

    /** The X-Ray tracing mode. */
    public TracingMode tracing() {
        return tracing;
    }

    /** The reserved concurrency, when set. */
    public OptionalInt reservedConcurrency() {
        return reservedConcurrency == null ? OptionalInt.empty() : OptionalInt.of(reservedConcurrency);
    }

    /** The provisioned concurrency, when set. */
    public OptionalInt provisionedConcurrency() {
        return provisionedConcurrency == null ? OptionalInt.empty() : OptionalInt.of(provisionedConcurrency);
    }

    /** Whether SnapStart applies to published versions. */
    public boolean snapStart() {
        return snapStart;
    }

    /** The retries of an asynchronous invocation (0 to 2; Lambda's default is 2). */
    public int maximumRetryAttempts() {
        return maximumRetryAttempts == null ? 2 : maximumRetryAttempts;
    }

    /** How long an asynchronous event may wait (60 s to 6 h; Lambda's default is 6 h). */
    public Duration maximumEventAge() {
        return Duration.ofSeconds(maximumEventAgeSeconds == null ? 21600 : maximumEventAgeSeconds);
    }

    /** The on-success destination ARN of asynchronous invocations. */
    public Optional<String> onSuccessDestination() {
        return Optional.ofNullable(onSuccessDestination);
    }

    /** The on-failure destination ARN of asynchronous invocations. */
    public Optional<String> onFailureDestination() {
        return Optional.ofNullable(onFailureDestination);
    }

    /** The dead-letter queue or topic ARN of asynchronous invocations. */
    public Optional<String> deadLetterTarget() {
        return Optional.ofNullable(deadLetterTarget);
    }

    /** The unqualified function ARN, {@code arn:aws:lambda:<region>:<account>:function:<name>}. */
    public String functionArn() {
        return "arn:aws:lambda:" + region + ":" + accountId + ":function:" + functionName;
    }

    /**
     * The ARN as an invocation names it: qualified with the alias when there is one, with the
     * version when it is a published one, unqualified for {@code $LATEST}.
     */
    public String invokedFunctionArn() {
        if (alias != null) {
            return functionArn() + ":" + alias;
        }
        return LATEST.equals(version) ? functionArn() : functionArn() + ":" + version;
    }

    /**
     * The settings this configuration holds that Lambda Harness does not emulate yet, each with a
     * sentence saying what is missing. Empty when everything set here is emulated.
     */
    public List<String> settingsNotEmulated() {
        List<String> notEmulated = new ArrayList<>();
        if (reservedConcurrency != null) {
            notEmulated.add("reservedConcurrency " + reservedConcurrency
                    + ": concurrent invocations are not throttled yet");
        }
        if (provisionedConcurrency != null) {
            notEmulated.add("provisionedConcurrency " + provisionedConcurrency
                    + ": environments are not initialised ahead of invocations yet");
        }
        if (snapStart) {
            notEmulated.add("snapStart: snapshots, restore hooks and Restore Duration are not emulated yet");
        }
        if (maximumRetryAttempts != null || maximumEventAgeSeconds != null || onSuccessDestination != null
                || onFailureDestination != null || deadLetterTarget != null) {
            notEmulated.add("asynchronous invocation settings: only synchronous invocations exist yet");
        }
        if (tracing == TracingMode.ACTIVE) {
            notEmulated.add("tracing ACTIVE: invocations carry a sampled trace header, but no segments"
                    + " are recorded and REPORT has no XRAY part");
        }
        return notEmulated;
    }

    /**
     * Whether a setting that is not emulated would change what a synchronous invocation returns,
     * so the runtime must refuse it rather than warn.
     */
    boolean changesSynchronousResults() {
        return provisionedConcurrency != null || snapStart || (reservedConcurrency != null && reservedConcurrency == 0);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof FunctionConfig)) {
            return false;
        }
        return toString().equals(o.toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }

    @Override
    public String toString() {
        return "FunctionConfig{handler=" + handler + ", runtime=" + runtime.id() + ", memorySize=" + memorySize
                + ", timeout=" + timeoutSeconds + ", ephemeralStorage=" + ephemeralStorageSize
                + ", environment=" + environment + ", architecture=" + architecture.id()
                + ", functionName=" + functionName + ", region=" + region + ", account=" + accountId
                + ", version=" + version + ", alias=" + alias + ", logFormat=" + logFormat
                + ", applicationLogLevel=" + applicationLogLevel + ", systemLogLevel=" + systemLogLevel
                + ", logGroup=" + logGroup() + ", tracing=" + tracing
                + ", reservedConcurrency=" + reservedConcurrency + ", provisionedConcurrency=" + provisionedConcurrency
                + ", snapStart=" + snapStart + ", maximumRetryAttempts=" + maximumRetryAttempts
                + ", maximumEventAge=" + maximumEventAgeSeconds + ", onSuccess=" + onSuccessDestination
                + ", onFailure=" + onFailureDestination + ", deadLetter=" + deadLetterTarget + "}";
    }

    private static String defaultFunctionName(String handler) {
        String className = handler.contains("::") ? handler.substring(0, handler.lastIndexOf("::")) : handler;
        String simple = className.substring(className.lastIndexOf('.') + 1).replace('$', '-');
        String name = simple.replaceAll("[^a-zA-Z0-9-_]", "");
        if (name.isEmpty()) {
            return "function";
        }
        return name.length() > 64 ? name.substring(0, 64) : name;
    }

    /**
     * Builds a {@link FunctionConfig}. Defaults are Lambda's: 128 MB, 3 s, 512 MB of {@code /tmp},
     * x86_64, {@code $LATEST}, text logs, pass-through tracing; region {@code us-east-1} and account
     * {@code 123456789012}; the runtime is the newest Lambda Java runtime the running JVM can run.
     *
     * <pre>{@code
     * FunctionConfig config = FunctionConfig.builder("com.example.Handler").timeout(30).build();
     * }</pre>
     */
    public static final class Builder {
        private final String handler;
        private JavaRuntime runtime = newestRuntimeNotAfter(Runtime.version().feature());
        private int memorySize = MIN_MEMORY_MB;
        private int timeoutSeconds = 3;
        private int ephemeralStorageSize = 512;
        private final Map<String, String> environment = new LinkedHashMap<>();
        private Architecture architecture = Architecture.X86_64;
        private String functionName;
        private String region = "us-east-1";
        private String accountId = "123456789012";
        private String version = LATEST;
        private String alias;
        private LogFormat logFormat = LogFormat.TEXT;
        private LogLevel applicationLogLevel;
        private LogLevel systemLogLevel;
        private String logGroup;
        private TracingMode tracing = TracingMode.PASS_THROUGH;
        private Integer reservedConcurrency;
        private Integer provisionedConcurrency;
        private boolean snapStart;
        private Integer maximumRetryAttempts;
        private Integer maximumEventAgeSeconds;
        private String onSuccessDestination;
        private String onFailureDestination;
        private String deadLetterTarget;

        private Builder(String handler) {
            this.handler = handler;
        }

        /** The Java runtime the function declares. */
        public Builder runtime(JavaRuntime runtime) {
            this.runtime = Objects.requireNonNull(runtime, "runtime");
            return this;
        }

        /** The memory size in MB, 128 to 10240. */
        public Builder memorySize(int megabytes) {
            this.memorySize = megabytes;
            return this;
        }

        /** The timeout in whole seconds, 1 to 900. */
        public Builder timeout(int seconds) {
            this.timeoutSeconds = seconds;
            return this;
        }

        /** The timeout, a whole number of seconds from 1 to 900. */
        public Builder timeout(Duration timeout) {
            if (timeout.toNanos() % 1_000_000_000L != 0) {
                throw InvalidConfigurationException.invalid("timeout", timeout.toString(), "ValidationException",
                        "timeout " + timeout + " is not a whole number of seconds: Lambda configures timeouts in"
                                + " seconds (1 to 900). Round it to whole seconds.");
            }
            this.timeoutSeconds = (int) Math.min(Integer.MAX_VALUE, timeout.getSeconds());
            return this;
        }

        /** The size of {@code /tmp} in MB, 512 to 10240. */
        public Builder ephemeralStorageSize(int megabytes) {
            this.ephemeralStorageSize = megabytes;
            return this;
        }

        /** Adds one environment variable. */
        public Builder environment(String key, String value) {
            this.environment.put(Objects.requireNonNull(key, "environment key"), Objects.requireNonNull(value, key));
            return this;
        }

        /** Adds environment variables, in the map's order. */
        public Builder environment(Map<String, String> variables) {
            variables.forEach(this::environment);
            return this;
        }

        /** The instruction set. */
        public Builder architecture(Architecture architecture) {
            this.architecture = Objects.requireNonNull(architecture, "architecture");
            return this;
        }

        /** The function's name: 1 to 64 letters, digits, hyphens and underscores. */
        public Builder functionName(String name) {
            this.functionName = name;
            return this;
        }

        /** The region, for example {@code eu-west-1}. */
        public Builder region(String region) {
            this.region = region;
            return this;
        }

        /** The 12-digit account id. */
        public Builder accountId(String accountId) {
            this.accountId = accountId;
            return this;
        }

        /** The version that runs: {@code $LATEST} or a published version number. */
        public Builder version(String version) {
            this.version = version;
            return this;
        }

        /** Invokes the function through an alias that points at the given published version. */
        public Builder alias(String alias, String version) {
            this.alias = alias;
            this.version = version;
            return this;
        }

        /** The log format. */
        public Builder logFormat(LogFormat format) {
            this.logFormat = Objects.requireNonNull(format, "logFormat");
            return this;
        }

        /** The application log level; Lambda accepts it only with {@link LogFormat#JSON}. */
        public Builder applicationLogLevel(LogLevel level) {
            this.applicationLogLevel = level;
            return this;
        }

        /**
         * The system log level ({@code DEBUG}, {@code INFO} or {@code WARN}); Lambda accepts it only
         * with {@link LogFormat#JSON}.
         */
        public Builder systemLogLevel(LogLevel level) {
            this.systemLogLevel = level;
            return this;
        }

        /** A custom CloudWatch log group name. */
        public Builder logGroup(String logGroup) {
            this.logGroup = logGroup;
            return this;
        }

        /** The X-Ray tracing mode. */
        public Builder tracing(TracingMode mode) {
            this.tracing = Objects.requireNonNull(mode, "tracing");
            return this;
        }

        /** Reserved concurrency, 0 to 1000. */
        public Builder reservedConcurrency(int reserved) {
            this.reservedConcurrency = reserved;
            return this;
        }

        /** Provisioned concurrency, at least 1. */
        public Builder provisionedConcurrency(int provisioned) {
            this.provisionedConcurrency = provisioned;
            return this;
        }

        /** Applies SnapStart to published versions. */
        public Builder snapStart(boolean enabled) {
            this.snapStart = enabled;
            return this;
        }

        /** Retries of asynchronous invocations, 0 to 2. */
        public Builder maximumRetryAttempts(int retries) {
            this.maximumRetryAttempts = retries;
            return this;
        }

        /** Maximum age of an asynchronous event in seconds, 60 to 21600. */
        public Builder maximumEventAge(int seconds) {
            this.maximumEventAgeSeconds = seconds;
            return this;
        }

        /** The on-success destination ARN (SQS queue, SNS topic, Lambda function or EventBridge bus). */
        public Builder onSuccessDestination(String arn) {
            this.onSuccessDestination = arn;
            return this;
        }

        /** The on-failure destination ARN (SQS queue, SNS topic, Lambda function, EventBridge bus or S3 bucket). */
        public Builder onFailureDestination(String arn) {
            this.onFailureDestination = arn;
            return this;
        }

        /** The dead-letter target ARN (SQS queue or SNS topic). */
        public Builder deadLetterTarget(String arn) {
            this.deadLetterTarget = arn;
            return this;
        }

        /**
         * Checks every setting against Lambda's limits and builds the configuration.
         *
         * @throws InvalidConfigurationException naming the first setting Lambda would refuse
         */
        public FunctionConfig build() {
            if (handler == null || handler.length() > 128 || !HANDLER.matcher(handler).matches()) {
                throw InvalidConfigurationException.invalid("handler", String.valueOf(handler), "ValidationException",
                        "handler '" + handler + "' is not valid: Lambda accepts 1 to 128 characters without spaces"
                                + " (ValidationException). Use a handler such as com.example.Handler::handleRequest.");
            }
            range("memorySize", memorySize, MIN_MEMORY_MB, MAX_MEMORY_MB, "MB");
            range("timeout", timeoutSeconds, 1, MAX_TIMEOUT_SECONDS, "seconds");
            range("ephemeralStorage.size", ephemeralStorageSize, 512, 10240, "MB");
            checkEnvironment();
            pattern("functionName", functionName, FUNCTION_NAME, "1 to 64 letters, digits, hyphens and underscores");
            pattern("region", region, REGION, "a region name such as us-east-1");
            pattern("accountId", accountId, ACCOUNT, "a 12-digit account id");
            pattern("version", version, VERSION, "$LATEST or a published version number");
            pattern("alias", alias, ALIAS, "1 to 128 letters, digits, hyphens and underscores, not all digits");
            if (logFormat == LogFormat.TEXT && (applicationLogLevel != null || systemLogLevel != null)) {
                String setting = applicationLogLevel != null ? "applicationLogLevel" : "systemLogLevel";
                LogLevel level = applicationLogLevel != null ? applicationLogLevel : systemLogLevel;
                throw InvalidConfigurationException.invalid("loggingConfig." + setting, level.name(),
                        "InvalidParameterValueException", setting + " " + level + " needs LogFormat JSON: Lambda"
                                + " applies log levels only to JSON logs (InvalidParameterValueException)."
                                + " Set logFormat(LogFormat.JSON) or remove the level.");
            }
            if (systemLogLevel != null && systemLogLevel != LogLevel.DEBUG && systemLogLevel != LogLevel.INFO
                    && systemLogLevel != LogLevel.WARN) {
                throw InvalidConfigurationException.notOneOf("loggingConfig.systemLogLevel", systemLogLevel.name(),
                        "DEBUG, INFO, WARN");
            }
            if (reservedConcurrency != null) {
                range("reservedConcurrentExecutions", reservedConcurrency, 0, 1000, "executions");
            }
            if (provisionedConcurrency != null) {
                range("provisionedConcurrentExecutions", provisionedConcurrency, 1, 1000, "executions");
            }
            if (maximumRetryAttempts != null) {
                range("maximumRetryAttempts", maximumRetryAttempts, 0, 2, "retries");
            }
            if (maximumEventAgeSeconds != null) {
                range("maximumEventAgeInSeconds", maximumEventAgeSeconds, 60, 21600, "seconds");
            }
            arn("destinationConfig.onSuccess.destination", onSuccessDestination);
            arn("destinationConfig.onFailure.destination", onFailureDestination);
            arn("deadLetterConfig.targetArn", deadLetterTarget);
            return new FunctionConfig(this);
        }

        private void checkEnvironment() {
            StringBuilder json = new StringBuilder("{");
            for (Map.Entry<String, String> variable : environment.entrySet()) {
                String key = variable.getKey();
                if (RESERVED_ENVIRONMENT_VARIABLES.contains(key)) {
                    throw InvalidConfigurationException.invalid("environment", key, "InvalidParameterValueException",
                            "environment variable " + key + " is reserved: Lambda was unable to configure your"
                                    + " environment variables because the environment variables you have provided"
                                    + " contains reserved keys that are currently not supported for modification."
                                    + " Reserved keys used in this request: " + key
                                    + " (InvalidParameterValueException). Remove it; Lambda Harness sets it.");
                }
                if (!ENVIRONMENT_KEY.matcher(key).matches()) {
                    throw InvalidConfigurationException.invalid("environment", key, "ValidationException",
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
                throw InvalidConfigurationException.invalid("environment", size + " bytes",
                        "InvalidParameterValueException", "environment variables take " + size + " bytes: Lambda was"
                                + " unable to configure your environment variables because the environment variables"
                                + " you have provided exceeded the 4KB limit (InvalidParameterValueException)."
                                + " Keep them under " + MAX_ENVIRONMENT_BYTES
                                + " bytes, for example by moving large values to a file or a parameter store.");
            }
        }

        private static void range(String setting, int value, int min, int max, String unit) {
            if (value < min || value > max) {
                throw InvalidConfigurationException.outOfRange(setting, value, min, max, unit);
            }
        }

        private static void pattern(String setting, String value, Pattern pattern, String allowed) {
            if (value != null && !pattern.matcher(value).matches()) {
                throw InvalidConfigurationException.invalid(setting, value, "ValidationException",
                        setting + " '" + value + "' is not valid: Lambda accepts " + allowed
                                + " (ValidationException). Change " + setting + ".");
            }
        }

        private static void arn(String setting, String value) {
            if (value != null && !value.startsWith("arn:")) {
                throw InvalidConfigurationException.invalid(setting, value, "InvalidParameterValueException",
                        setting + " '" + value + "' is not an ARN (InvalidParameterValueException)."
                                + " Give the full ARN, for example arn:aws:sqs:us-east-1:123456789012:failures.");
            }
        }

        private static JavaRuntime newestRuntimeNotAfter(int feature) {
            JavaRuntime newest = JavaRuntime.JAVA17;
            for (JavaRuntime candidate : JavaRuntime.values()) {
                if (candidate.featureVersion() <= feature) {
                    newest = candidate;
                }
            }
            return newest;
        }
    }
}
