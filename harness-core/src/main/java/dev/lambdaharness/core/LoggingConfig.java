package dev.lambdaharness.core;

import dev.lambdaharness.core.internal.config.FunctionLimits;
import java.util.Objects;
import java.util.Optional;

/**
 * A function's logging configuration, as Lambda's {@code LoggingConfig} holds it: the log format,
 * the application and system log levels (Lambda applies them only to JSON logs) and the log group.
 * It is checked against Lambda's rules when a {@link FunctionConfig} is built with it, as Lambda
 * checks the whole request, so the settings can be given in any order.
 *
 * <pre>{@code
 * FunctionConfig config = FunctionConfig.builder("com.example.Handler")
 *         .logging(LoggingConfig.DEFAULT.withLogFormat(LogFormat.JSON).withApplicationLogLevel(LogLevel.WARN))
 *         .build();
 * config.logging().applicationLogLevel(); // Optional[WARN]
 * }</pre>
 *
 * @param logFormat text or JSON
 * @param applicationLogLevel the lowest level of the function's own records that is kept, when set
 * @param systemLogLevel the lowest level of the platform's records that is kept, when set
 * @param logGroup the CloudWatch log group, when it is not {@code /aws/lambda/<function name>}
 */
public record LoggingConfig(LogFormat logFormat, Optional<LogLevel> applicationLogLevel,
        Optional<LogLevel> systemLogLevel, Optional<String> logGroup) {

    /** Lambda's default: text logs, no levels, the function's own log group. */
    public static final LoggingConfig DEFAULT =
            new LoggingConfig(LogFormat.TEXT, Optional.empty(), Optional.empty(), Optional.empty());

    /** Refuses a missing member; an unset level or group is an empty {@code Optional}. */
    public LoggingConfig {
        Objects.requireNonNull(logFormat, "logFormat");
        Objects.requireNonNull(applicationLogLevel, "applicationLogLevel");
        Objects.requireNonNull(systemLogLevel, "systemLogLevel");
        Objects.requireNonNull(logGroup, "logGroup");
    }

    /** This configuration with another log format. */
    public LoggingConfig withLogFormat(LogFormat format) {
        return new LoggingConfig(format, applicationLogLevel, systemLogLevel, logGroup);
    }

    /** This configuration with another application log level, or none for {@code null}. */
    public LoggingConfig withApplicationLogLevel(LogLevel level) {
        return new LoggingConfig(logFormat, Optional.ofNullable(level), systemLogLevel, logGroup);
    }

    /** This configuration with another system log level ({@code DEBUG}, {@code INFO} or {@code WARN}), or none for {@code null}. */
    public LoggingConfig withSystemLogLevel(LogLevel level) {
        return new LoggingConfig(logFormat, applicationLogLevel, Optional.ofNullable(level), logGroup);
    }

    /** This configuration with a custom log group, or the function's own for {@code null}. */
    public LoggingConfig withLogGroup(String group) {
        return new LoggingConfig(logFormat, applicationLogLevel, systemLogLevel, Optional.ofNullable(group));
    }

    void check() {
        FunctionLimits.logLevels(logFormat, applicationLogLevel, systemLogLevel);
    }
}
