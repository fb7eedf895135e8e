package dev.lambdaharness.core.internal;

import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.LogFormat;
import dev.lambdaharness.core.LogLevel;
import dev.lambdaharness.internal.jackson.core.JsonProcessingException;
import dev.lambdaharness.internal.jackson.databind.DeserializationFeature;
import dev.lambdaharness.internal.jackson.databind.JsonNode;
import dev.lambdaharness.internal.jackson.databind.ObjectReader;
import dev.lambdaharness.internal.jackson.databind.json.JsonMapper;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Lambda's log-level filtering of what a function writes to standard output and error, which the
 * platform does (not the runtime client): under the JSON log format, a line that is a JSON object
 * is an application log record whose level is its {@code "level"} key, and a record below the
 * application log level is dropped. As AWS's log-level filtering page says, a missing or invalid
 * level, or a missing or invalid RFC 3339 timestamp, makes the record {@code INFO}. Lines that are
 * not JSON objects, and every line under the text format, pass as they are. Both isolations send
 * every stdout and stderr line through one of these; {@code LambdaLogger} records do not pass here
 * (the runtime client filters those itself).
 *
 * <pre>{@code
 * ApplicationLogFilter filter = ApplicationLogFilter.of(config);   // JSON format, application level WARN
 * filter.keeps("{\"level\":\"info\",\"timestamp\":\"2026-01-01T00:00:00Z\",\"message\":\"m\"}");  // false
 * filter.keeps("plain text");                                        // true
 * }</pre>
 */
public final class ApplicationLogFilter {

    /**
     * The keys read as a record's timestamp. AWS says only that Lambda "supports most common naming
     * conventions used by the managed runtimes"; which names those are is UNCONFIRMED
     * ({@code docs/fidelity.md}): the runtimes' own JSON records use {@code timestamp}, slog and
     * pino use {@code time}, ECS layouts (Log4j, Logback) {@code @timestamp}.
     */
    static final List<String> TIMESTAMP_KEYS = List.of("timestamp", "time", "@timestamp");

    /** The level of a record whose level or timestamp is missing or invalid, as AWS documents it. */
    static final LogLevel UNCLEAR_LEVEL = LogLevel.INFO;

    /** RFC 3339's {@code date-time}: a date, {@code T} (or a space, or {@code t}), a time and an offset. */
    private static final Pattern RFC_3339 =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}[Tt ]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?([Zz]|[+-]\\d{2}:\\d{2})");

    /** One object and nothing after it: {@code {"level":"debug"} trailing} is not a JSON record. */
    private static final ObjectReader JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build().reader();

    private static final ApplicationLogFilter KEEPS_ALL = new ApplicationLogFilter(null);

    /** The lowest level kept, or null when nothing is filtered. */
    private final LogLevel minimum;

    private ApplicationLogFilter(LogLevel minimum) {
        this.minimum = minimum;
    }

    /** The filter of a function: its application log level under the JSON format (INFO when unset), none under text. */
    public static ApplicationLogFilter of(FunctionConfig config) {
        if (config.logFormat() != LogFormat.JSON) {
            return KEEPS_ALL;
        }
        return new ApplicationLogFilter(config.applicationLogLevel().orElse(LogLevel.INFO));
    }

    /** Whether a line the function wrote to stdout or stderr (without its line break) reaches the log. */
    public boolean keeps(String line) {
        if (minimum == null || minimum == LogLevel.TRACE) {
            return true;
        }
        JsonNode record = jsonObject(line);
        return record == null || levelOf(record).ordinal() >= minimum.ordinal();
    }

    /** The level Lambda gives a JSON record. */
    static LogLevel levelOf(JsonNode record) {
        if (!hasValidTimestamp(record)) {
            return UNCLEAR_LEVEL;
        }
        JsonNode level = record.get("level");
        if (level == null || !level.isTextual()) {
            return UNCLEAR_LEVEL;
        }
        String name = level.textValue().toUpperCase(Locale.ROOT);
        for (LogLevel candidate : LogLevel.values()) {
            if (candidate.name().equals(name)) {
                return candidate;
            }
        }
        return UNCLEAR_LEVEL;
    }

    private static boolean hasValidTimestamp(JsonNode record) {
        for (String key : TIMESTAMP_KEYS) {
            JsonNode value = record.get(key);
            if (value != null && value.isTextual() && isRfc3339(value.textValue())) {
                return true;
            }
        }
        return false;
    }

    static boolean isRfc3339(String text) {
        if (!RFC_3339.matcher(text).matches()) {
            return false;
        }
        try {
            // The pattern checks the shape; parsing checks the ranges (month 13, 25 o'clock).
            String normalised = text.substring(0, 10) + 'T' + text.substring(11).toUpperCase(Locale.ROOT);
            OffsetDateTime.parse(normalised);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** The line as a JSON object, or null when it is anything else (text, an array, broken JSON). */
    private static JsonNode jsonObject(String line) {
        String text = line.strip();
        if (!text.startsWith("{") || !text.endsWith("}")) {
            return null; // most lines: no parse attempted
        }
        try {
            JsonNode node = JSON.readTree(text);
            return node != null && node.isObject() ? node : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
