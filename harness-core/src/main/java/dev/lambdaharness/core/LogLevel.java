package dev.lambdaharness.core;

/**
 * An application or system log level of a function's logging configuration. Levels filter
 * records only under {@link LogFormat#JSON}, as on Lambda.
 *
 * <pre>{@code
 * FunctionConfig.builder("com.example.Handler").logFormat(LogFormat.JSON).applicationLogLevel(LogLevel.WARN).build();
 * }</pre>
 */
public enum LogLevel {
    /** Finest application records. */
    TRACE,
    /** Debug records. */
    DEBUG,
    /** Informational records; the default for both levels. */
    INFO,
    /** Warnings. */
    WARN,
    /** Errors. */
    ERROR,
    /** Fatal errors. */
    FATAL
}
