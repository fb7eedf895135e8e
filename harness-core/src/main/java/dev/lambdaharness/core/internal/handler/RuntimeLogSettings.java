package dev.lambdaharness.core.internal.handler;

import com.amazonaws.services.lambda.runtime.logging.LogLevel;
import dev.lambdaharness.core.LogFormat;
import java.util.Map;

/**
 * The log format and lowest level a runtime client takes from its environment variables
 * {@value #FORMAT_VARIABLE} and {@value #LEVEL_VARIABLE}, read as the runtime interface client
 * reads them: with aws-lambda-java-core's own parsers, so any letter case passes ({@code json},
 * {@code warn}), a level applies under the text format too, and any other value ends the runtime at
 * start with the parser's {@link IllegalArgumentException}. The one reading for in-process
 * environments and the harness's runtime client, whether the variables come from
 * {@code FunctionConfig}'s logging settings or were set as environment variables.
 *
 * <pre>{@code
 * RuntimeLogSettings.of(Map.of("AWS_LAMBDA_LOG_FORMAT", "json", "AWS_LAMBDA_LOG_LEVEL", "warn"));
 * // RuntimeLogSettings[format=JSON, minimum=WARN]
 * RuntimeLogSettings.of(Map.of("AWS_LAMBDA_LOG_FORMAT", "x"));
 * // IllegalArgumentException: Invalid log format: 'x' expected one of [JSON, TEXT]
 * }</pre>
 *
 * @param format  the format of the runtime logger's records
 * @param minimum the lowest level the runtime logger lets through; {@code UNDEFINED} lets every record through
 */
public record RuntimeLogSettings(LogFormat format, LogLevel minimum) {

    /** The variable naming the log format. */
    public static final String FORMAT_VARIABLE = "AWS_LAMBDA_LOG_FORMAT";
    /** The variable naming the lowest log level. */
    public static final String LEVEL_VARIABLE = "AWS_LAMBDA_LOG_LEVEL";

    /** What a runtime without either variable uses: text, every record. */
    public static final RuntimeLogSettings DEFAULT = new RuntimeLogSettings(LogFormat.TEXT, LogLevel.UNDEFINED);

    /**
     * The settings of an environment.
     *
     * @param environment the runtime's environment variables
     * @throws IllegalArgumentException with aws-lambda-java-core's message, for a value the runtime does not know
     */
    public static RuntimeLogSettings of(Map<String, String> environment) {
        // The RIC parses the level first: with both wrong, the level is the one its exception names.
        LogLevel level = LogLevel.fromString(environment.getOrDefault(LEVEL_VARIABLE, "UNDEFINED"));
        com.amazonaws.services.lambda.runtime.logging.LogFormat format =
                com.amazonaws.services.lambda.runtime.logging.LogFormat.fromString(
                        environment.getOrDefault(FORMAT_VARIABLE, "TEXT"));
        return new RuntimeLogSettings(LogFormat.valueOf(format.name()), level);
    }
}
