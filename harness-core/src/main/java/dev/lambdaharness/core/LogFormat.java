package dev.lambdaharness.core;

/**
 * The log format of a function's logging configuration ({@code LoggingConfig.LogFormat}).
 *
 * <pre>{@code
 * FunctionConfig.builder("com.example.Handler").logFormat(LogFormat.JSON).build();
 * }</pre>
 */
public enum LogFormat {
    /** Plain text lines, Lambda's default. */
    TEXT,
    /** One JSON object per record, for the function's records and the platform's. */
    JSON
}
