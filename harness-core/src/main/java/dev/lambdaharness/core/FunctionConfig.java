package dev.lambdaharness.core;

import dev.lambdaharness.core.internal.config.FunctionLimits;
import dev.lambdaharness.core.internal.network.AddressPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

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
 *         .logging(LoggingConfig.DEFAULT.withLogFormat(LogFormat.JSON))
 *         .build();
 * }</pre>
 *
 * <p>Settings are grouped as Lambda's API groups them: {@link #logging()} ({@code LoggingConfig}),
 * {@link #concurrency()} ({@code PutFunctionConcurrency}, {@code PutProvisionedConcurrencyConfig}),
 * {@link #asyncInvoke()} ({@code PutFunctionEventInvokeConfig}) and {@link #deadLetter()}
 * ({@code DeadLetterConfig}); the builder and the getters also offer each of their settings on
 * its own. Two configurations are equal when every setting is.
 *
 * <p>Settings not emulated yet are reported by {@link #settingsNotEmulated()}: the runtime warns
 * about those that change nothing in an invocation (active tracing's own segments) and refuses
 * those whose absence would change results (SnapStart). The asynchronous settings
 * ({@link #asyncInvoke()}, {@link #deadLetter()}) apply to {@link LambdaFunction#invokeAsync(Object)}.
 * Reserved concurrency is emulated: the runtime throttles beyond it
 * ({@link TooManyRequestsException}). Provisioned concurrency goes on a published version or alias
 * ({@link LambdaFunction#putProvisionedConcurrency(int)}): a deployed configuration, which is
 * {@code $LATEST}'s, cannot carry it, as Lambda's API refuses it there.
 */
public final class FunctionConfig {

    /** Lambda's smallest and largest memory size, in MB. */
    public static final int MIN_MEMORY_MB = FunctionLimits.MIN_MEMORY_MB;
    /** Lambda's largest memory size, in MB. */
    public static final int MAX_MEMORY_MB = FunctionLimits.MAX_MEMORY_MB;
    /** Lambda's largest function timeout, in seconds. */
    public static final int MAX_TIMEOUT_SECONDS = FunctionLimits.MAX_TIMEOUT_SECONDS;
    /** Lambda's limit on the environment variables of one function, in bytes of their JSON form. */
    public static final int MAX_ENVIRONMENT_BYTES = FunctionLimits.MAX_ENVIRONMENT_BYTES;
    /** The version Lambda runs when no version or alias is named. */
    public static final String LATEST = "$LATEST";

    /** Environment variables Lambda sets itself and refuses in a function's configuration. */
    public static final Set<String> RESERVED_ENVIRONMENT_VARIABLES = FunctionLimits.RESERVED_ENVIRONMENT_VARIABLES;

    private final Settings settings;

    /**
     * Every setting, compared one by one in {@code equals}: a record, so that a new setting is one
     * more component rather than one more line in each of equals, hashCode and toString.
     */
    private record Settings(String handler, JavaRuntime runtime, int memorySize, int timeoutSeconds,
            int ephemeralStorageSize, Map<String, String> environment, Architecture architecture, String functionName,
            String region, String accountId, String version, String alias, TracingMode tracing, boolean snapStart,
            LoggingConfig logging, ConcurrencyConfig concurrency, AsyncInvokeConfig asyncInvoke,
            DeadLetterConfig deadLetter, List<String> allowedHosts) {
    }

    private FunctionConfig(Settings settings) {
        this.settings = settings;
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
        return new Builder(settings);
    }

    /** The handler string, for example {@code com.example.Handler::handleRequest}. */
    public String handler() {
        return settings.handler();
    }

    /** The Java runtime the function declares. */
    public JavaRuntime runtime() {
        return settings.runtime();
    }

    /** The configured memory, in MB. */
    public int memorySize() {
        return settings.memorySize();
    }

    /** The function timeout. */
    public Duration timeout() {
        return Duration.ofSeconds(settings.timeoutSeconds());
    }

    /** The size of {@code /tmp}, in MB. */
    public int ephemeralStorageSize() {
        return settings.ephemeralStorageSize();
    }

    /** The function's own environment variables, in the order they were set. */
    public Map<String, String> environment() {
        return settings.environment();
    }

    /** The configured instruction set. */
    public Architecture architecture() {
        return settings.architecture();
    }

    /** The function's name; by default the simple name of the handler class. */
    public String functionName() {
        return settings.functionName();
    }

    /** The AWS region the function pretends to run in. */
    public String region() {
        return settings.region();
    }

    /** The AWS account id in the function's ARNs. */
    public String accountId() {
        return settings.accountId();
    }

    /** The version that runs: {@code $LATEST} or a published version number. */
    public String version() {
        return settings.version();
    }

    /** The alias the function is invoked through, if any. */
    public Optional<String> alias() {
        return Optional.ofNullable(settings.alias());
    }

    /** The logging configuration: format, levels and log group. */
    public LoggingConfig logging() {
        return settings.logging();
    }

    /** The log format. */
    public LogFormat logFormat() {
        return logging().logFormat();
    }

    /** The application log level, set only with {@link LogFormat#JSON}. */
    public Optional<LogLevel> applicationLogLevel() {
        return logging().applicationLogLevel();
    }

    /** The system log level, set only with {@link LogFormat#JSON}. */
    public Optional<LogLevel> systemLogLevel() {
        return logging().systemLogLevel();
    }

    /** The CloudWatch log group, by default {@code /aws/lambda/<function name>}. */
    public String logGroup() {
        return logging().logGroup().orElse("/aws/lambda/" + functionName());
    }

    /** The X-Ray tracing mode. */
    public TracingMode tracing() {
        return settings.tracing();
    }

    /**
     * The hosts beyond the loopback address the function's code may open sockets to: not a Lambda
     * setting, but the harness's. Empty by default: a socket to any other address fails at once with
     * a message naming it. Each entry is a host name ({@code db.internal}), a domain
     * ({@code *.example.com}), an address ({@code 10.0.0.7}), a CIDR block ({@code 10.0.0.0/8}) or
     * {@code *}; the system property {@code lambdaharness.allowedHosts} adds entries for every function.
     */
    public List<String> allowedHosts() {
        return settings.allowedHosts();
    }

    /** The reserved and provisioned concurrency. */
    public ConcurrencyConfig concurrency() {
        return settings.concurrency();
    }

    /** The reserved concurrency, when set. */
    public OptionalInt reservedConcurrency() {
        return concurrency().reserved();
    }

    /** The provisioned concurrency, when set. */
    public OptionalInt provisionedConcurrency() {
        return concurrency().provisioned();
    }

    /** Whether SnapStart applies to published versions. */
    public boolean snapStart() {
        return settings.snapStart();
    }

    /** The asynchronous invocation settings: retries, event age, destinations. */
    public AsyncInvokeConfig asyncInvoke() {
        return settings.asyncInvoke();
    }

    /** The retries of an asynchronous invocation (0 to 2; Lambda's default is 2). */
    public int maximumRetryAttempts() {
        return asyncInvoke().effectiveMaximumRetryAttempts();
    }

    /** How long an asynchronous event may wait (60 s to 6 h; Lambda's default is 6 h). */
    public Duration maximumEventAge() {
        return asyncInvoke().effectiveMaximumEventAge();
    }

    /** The on-success destination ARN of asynchronous invocations. */
    public Optional<String> onSuccessDestination() {
        return asyncInvoke().onSuccessDestination();
    }

    /** The on-failure destination ARN of asynchronous invocations. */
    public Optional<String> onFailureDestination() {
        return asyncInvoke().onFailureDestination();
    }

    /** The dead-letter configuration of asynchronous invocations. */
    public DeadLetterConfig deadLetter() {
        return settings.deadLetter();
    }

    /** The dead-letter queue or topic ARN of asynchronous invocations. */
    public Optional<String> deadLetterTarget() {
        return deadLetter().targetArn();
    }

    /** The unqualified function ARN, {@code arn:aws:lambda:<region>:<account>:function:<name>}. */
    public String functionArn() {
        return "arn:aws:lambda:" + region() + ":" + accountId() + ":function:" + functionName();
    }

    /**
     * The ARN as an invocation names it: qualified with the alias when there is one, with the
     * version when it is a published one, unqualified for {@code $LATEST}.
     */
    public String invokedFunctionArn() {
        if (settings.alias() != null) {
            return functionArn() + ":" + settings.alias();
        }
        return LATEST.equals(version()) ? functionArn() : functionArn() + ":" + version();
    }

    /**
     * The settings this configuration holds that Lambda Harness does not emulate yet, each with a
     * sentence saying what is missing. Empty when everything set here is emulated.
     */
    public List<String> settingsNotEmulated() {
        List<String> notEmulated = new ArrayList<>();
        if (snapStart()) {
            notEmulated.add("snapStart: snapshots, restore hooks and Restore Duration are not emulated yet");
        }
        if (tracing() == TracingMode.ACTIVE) {
            notEmulated.add("tracing ACTIVE: invocations carry a sampled trace header and the function's own segments"
                    + " are kept (LambdaRuntime.traceSegments()), but Lambda's segments are not made and REPORT has no"
                    + " XRAY part");
        }
        return notEmulated;
    }

    /**
     * Whether a setting that is not emulated would change what a synchronous invocation returns,
     * so the runtime must refuse it rather than warn.
     */
    boolean changesSynchronousResults() {
        return snapStart();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FunctionConfig other && settings.equals(other.settings);
    }

    @Override
    public int hashCode() {
        return settings.hashCode();
    }

    @Override
    public String toString() {
        return "FunctionConfig" + settings.toString().substring(Settings.class.getSimpleName().length());
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
     * Nothing is checked until {@link #build()}, so settings that depend on each other (a log level
     * and the JSON format) can be given in any order.
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
        private TracingMode tracing = TracingMode.PASS_THROUGH;
        private boolean snapStart;
        private LoggingConfig logging = LoggingConfig.DEFAULT;
        private ConcurrencyConfig concurrency = ConcurrencyConfig.DEFAULT;
        private AsyncInvokeConfig asyncInvoke = AsyncInvokeConfig.DEFAULT;
        private DeadLetterConfig deadLetter = DeadLetterConfig.DEFAULT;
        private final List<String> allowedHosts = new ArrayList<>();

        private Builder(String handler) {
            this.handler = handler;
        }

        private Builder(Settings settings) {
            this(settings.handler());
            runtime = settings.runtime();
            memorySize = settings.memorySize();
            timeoutSeconds = settings.timeoutSeconds();
            ephemeralStorageSize = settings.ephemeralStorageSize();
            environment.putAll(settings.environment());
            architecture = settings.architecture();
            functionName = settings.functionName();
            region = settings.region();
            accountId = settings.accountId();
            version = settings.version();
            alias = settings.alias();
            tracing = settings.tracing();
            snapStart = settings.snapStart();
            logging = settings.logging();
            concurrency = settings.concurrency();
            asyncInvoke = settings.asyncInvoke();
            deadLetter = settings.deadLetter();
            allowedHosts.addAll(settings.allowedHosts());
        }

        /** The Java runtime the function declares. */
        public Builder runtime(JavaRuntime runtime) {
            this.runtime = present(runtime, "runtime");
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
            this.timeoutSeconds = FunctionLimits.wholeSeconds(timeout);
            return this;
        }

        /** The size of {@code /tmp} in MB, 512 to 10240. */
        public Builder ephemeralStorageSize(int megabytes) {
            this.ephemeralStorageSize = megabytes;
            return this;
        }

        /**
         * The handler string this builder was created with, readable before {@link #build()}, which
         * may refuse other settings.
         *
         * <pre>{@code
         * String handler = FunctionConfig.builder("com.example.Orders").handler();
         * }</pre>
         */
        public String handler() {
            return handler;
        }

        /** Adds one environment variable. */
        public Builder environment(String key, String value) {
            FunctionLimits.environmentVariable(key, value);
            this.environment.put(key, value);
            return this;
        }

        /** Adds environment variables, in the map's order. */
        public Builder environment(Map<String, String> variables) {
            if (variables == null) {
                throw FunctionLimits.missing("environment", "Give a map of variables, Map.of() for none.");
            }
            variables.forEach(this::environment);
            return this;
        }

        /** The instruction set. */
        public Builder architecture(Architecture architecture) {
            this.architecture = present(architecture, "architecture");
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

        /** The whole logging configuration, replacing the format, levels and log group set so far. */
        public Builder logging(LoggingConfig logging) {
            this.logging = present(logging, "logging");
            return this;
        }

        /** The log format. */
        public Builder logFormat(LogFormat format) {
            return logging(logging.withLogFormat(present(format, "logFormat")));
        }

        /** The application log level; Lambda accepts it only with {@link LogFormat#JSON}. */
        public Builder applicationLogLevel(LogLevel level) {
            return logging(logging.withApplicationLogLevel(level));
        }

        /**
         * The system log level ({@code DEBUG}, {@code INFO} or {@code WARN}); Lambda accepts it only
         * with {@link LogFormat#JSON}.
         */
        public Builder systemLogLevel(LogLevel level) {
            return logging(logging.withSystemLogLevel(level));
        }

        /** A custom CloudWatch log group name. */
        public Builder logGroup(String logGroup) {
            return logging(logging.withLogGroup(logGroup));
        }

        /** The X-Ray tracing mode. */
        public Builder tracing(TracingMode mode) {
            this.tracing = present(mode, "tracing");
            return this;
        }

        /** The whole concurrency configuration, replacing the reserved and provisioned concurrency set so far. */
        public Builder concurrency(ConcurrencyConfig concurrency) {
            this.concurrency = present(concurrency, "concurrency");
            return this;
        }

        /** Reserved concurrency, 0 to 1000. */
        public Builder reservedConcurrency(int reserved) {
            return concurrency(concurrency.withReserved(reserved));
        }

        /** Provisioned concurrency, at least 1. */
        public Builder provisionedConcurrency(int provisioned) {
            return concurrency(concurrency.withProvisioned(provisioned));
        }

        /** Applies SnapStart to published versions. */
        public Builder snapStart(boolean enabled) {
            this.snapStart = enabled;
            return this;
        }

        /** The whole asynchronous invocation configuration, replacing the retries, age and destinations set so far. */
        public Builder asyncInvoke(AsyncInvokeConfig asyncInvoke) {
            this.asyncInvoke = present(asyncInvoke, "asyncInvoke");
            return this;
        }

        /** Retries of asynchronous invocations, 0 to 2. */
        public Builder maximumRetryAttempts(int retries) {
            return asyncInvoke(asyncInvoke.withMaximumRetryAttempts(retries));
        }

        /** Maximum age of an asynchronous event in seconds, 60 to 21600. */
        public Builder maximumEventAge(int seconds) {
            return asyncInvoke(asyncInvoke.withMaximumEventAgeInSeconds(seconds));
        }

        /** The on-success destination ARN (SQS queue, SNS topic, Lambda function or EventBridge bus). */
        public Builder onSuccessDestination(String arn) {
            return asyncInvoke(asyncInvoke.withOnSuccessDestination(arn));
        }

        /** The on-failure destination ARN (SQS queue, SNS topic, Lambda function, EventBridge bus or S3 bucket). */
        public Builder onFailureDestination(String arn) {
            return asyncInvoke(asyncInvoke.withOnFailureDestination(arn));
        }

        /** The whole dead-letter configuration. */
        public Builder deadLetter(DeadLetterConfig deadLetter) {
            this.deadLetter = present(deadLetter, "deadLetter");
            return this;
        }

        /**
         * Adds hosts beyond the loopback address that the function's code may open sockets to
         * (see {@link FunctionConfig#allowedHosts()}).
         *
         * <pre>{@code
         * FunctionConfig.builder("com.example.Handler").allowedHosts("db.internal", "10.0.0.0/8").build();
         * }</pre>
         */
        public Builder allowedHosts(String... hosts) {
            if (hosts == null) {
                throw FunctionLimits.missing("allowedHosts", "Give host names, addresses or CIDR blocks, or none.");
            }
            for (String host : hosts) {
                allowedHosts.add(present(host, "allowedHosts"));
            }
            return this;
        }

        /** The dead-letter target ARN (SQS queue or SNS topic). */
        public Builder deadLetterTarget(String arn) {
            return deadLetter(deadLetter.withTargetArn(arn));
        }

        /**
         * Checks every setting against Lambda's limits and builds the configuration.
         *
         * @throws InvalidConfigurationException naming the first setting Lambda would refuse
         */
        public FunctionConfig build() {
            FunctionLimits.handler(handler);
            FunctionLimits.MEMORY_SIZE.check(memorySize);
            FunctionLimits.TIMEOUT.check(timeoutSeconds);
            FunctionLimits.EPHEMERAL_STORAGE.check(ephemeralStorageSize);
            FunctionLimits.environment(environment);
            FunctionLimits.FUNCTION_NAME.check(functionName);
            FunctionLimits.REGION.check(region);
            FunctionLimits.ACCOUNT_ID.check(accountId);
            FunctionLimits.VERSION.check(version);
            FunctionLimits.ALIAS.check(alias);
            String name = functionName != null ? functionName : defaultFunctionName(handler);
            logging.check();
            concurrency.check(name);
            asyncInvoke.check();
            deadLetter.check();
            for (String host : allowedHosts) {
                try {
                    AddressPolicy.checkEntry(host);
                } catch (IllegalArgumentException e) {
                    throw new InvalidConfigurationException("allowedHosts", host, null, e.getMessage());
                }
            }
            return new FunctionConfig(new Settings(handler, runtime, memorySize, timeoutSeconds, ephemeralStorageSize,
                    Collections.unmodifiableMap(new LinkedHashMap<>(environment)), architecture,
                    name, region, accountId, version,
                    alias, tracing, snapStart, logging, concurrency, asyncInvoke, deadLetter, List.copyOf(allowedHosts)));
        }

        /** The value, refusing {@code null} with a message naming the setting rather than a bare NullPointerException. */
        private static <T> T present(T value, String setting) {
            if (value == null) {
                throw FunctionLimits.missing(setting, "Give a value, or leave " + setting
                        + " out for Lambda's default.");
            }
            return value;
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
