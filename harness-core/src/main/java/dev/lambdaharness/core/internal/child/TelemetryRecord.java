package dev.lambdaharness.core.internal.child;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * One frame the RIC wrote to the telemetry log fd ({@code _LAMBDA_TELEMETRY_LOG_FD}): one
 * {@code LambdaLogger.log} call, or an error the runtime logged. On Lambda each frame becomes one
 * CloudWatch event, line breaks included.
 *
 * <pre>{@code
 * for (TelemetryRecord record : logs.records()) { System.out.println(record.level() + " " + record.messageText()); }
 * }</pre>
 *
 * @param frameType       the raw first header word, {@code 0xA55A0000 | level << 2 | 1 << 1 | format}
 * @param level           {@code UNDEFINED}, {@code TRACE}, {@code DEBUG}, {@code INFO}, {@code WARN}, {@code ERROR} or {@code FATAL}
 * @param format          {@code JSON} or {@code TEXT}
 * @param timestampMicros when the RIC wrote it, microseconds since the epoch
 * @param message         the message bytes as written (a formatted line or JSON object)
 */
public record TelemetryRecord(int frameType, String level, String format, long timestampMicros, byte[] message) {

    /** Level names by ordinal, as in {@code com.amazonaws.services.lambda.runtime.logging.LogLevel}. */
    static final List<String> LEVELS = List.of("UNDEFINED", "TRACE", "DEBUG", "INFO", "WARN", "ERROR", "FATAL");

    /** Format names by ordinal, as in {@code com.amazonaws.services.lambda.runtime.logging.LogFormat}. */
    static final List<String> FORMATS = List.of("JSON", "TEXT");

    /** The message as UTF-8 text. */
    public String messageText() {
        return new String(message, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TelemetryRecord that
                && frameType == that.frameType
                && timestampMicros == that.timestampMicros
                && level.equals(that.level)
                && format.equals(that.format)
                && Arrays.equals(message, that.message);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * frameType + Long.hashCode(timestampMicros)) + Arrays.hashCode(message);
    }

    @Override
    public String toString() {
        return String.format("TelemetryRecord[0x%08x %s/%s @%d: %s]", frameType, format, level, timestampMicros, messageText());
    }
}
