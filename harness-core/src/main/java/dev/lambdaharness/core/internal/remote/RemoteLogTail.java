package dev.lambdaharness.core.internal.remote;

import dev.lambdaharness.core.InvocationReport;
import dev.lambdaharness.core.InvocationStatus;
import dev.lambdaharness.core.LogEvent;
import dev.lambdaharness.internal.jackson.databind.JsonNode;
import dev.lambdaharness.internal.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The log tail of a remote invocation ({@code X-Amz-Log-Result}: the base64 of the log's last 4 KB)
 * read back into log events and the figures of its {@code REPORT}, in Lambda's text format
 * ({@code REPORT RequestId: …\tDuration: …}) or its JSON format ({@code platform.report} records).
 *
 * <pre>{@code
 * RemoteLogTail tail = RemoteLogTail.read(reply.logResult(), Instant.now());
 * tail.events();                       // START, the function's lines, END, REPORT
 * tail.report("8f5c…");                // Optional[InvocationReport[…]]
 * }</pre>
 */
public final class RemoteLogTail {

    /** How much of the log the service returns: a tail this long may begin inside a line. */
    public static final int MAX_BYTES = 4 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> PLATFORM_PREFIXES = List.of("START RequestId: ", "END RequestId: ",
            "REPORT RequestId: ", "INIT_START ", "INIT_REPORT ", "RESTORE_START ", "RESTORE_REPORT ", "EXTENSION\t",
            "TELEMETRY\t");

    private final List<LogEvent> events;

    private RemoteLogTail(List<LogEvent> events) {
        this.events = List.copyOf(events);
    }

    /**
     * Reads a tail.
     *
     * @param logResult the header's base64, empty when the service sent none
     * @param received when the answer came, the time of lines that carry none
     */
    public static RemoteLogTail read(Optional<String> logResult, Instant received) {
        if (logResult.isEmpty() || logResult.get().isBlank()) {
            return new RemoteLogTail(List.of());
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(logResult.get().strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The Invoke API answered with an X-Amz-Log-Result that is not base64 ("
                    + e.getMessage() + "): the endpoint is not Lambda's Invoke API, or it is broken.", e);
        }
        List<String> lines = new ArrayList<>(List.of(new String(bytes, StandardCharsets.UTF_8).split("\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        if (bytes.length >= MAX_BYTES && !lines.isEmpty()) {
            // The service cut the log at 4 KB from its end: the first line is most likely the end of a longer one.
            lines.remove(0);
        }
        List<LogEvent> events = new ArrayList<>();
        for (String line : lines) {
            events.add(event(line, received));
        }
        return new RemoteLogTail(events);
    }

    /** The log events, one per line of the tail. */
    public List<LogEvent> events() {
        return events;
    }

    /** The figures of the {@code REPORT} of the request, or of the last one when none names it; empty when the tail has none. */
    public Optional<InvocationReport> report(String requestId) {
        InvocationReport last = null;
        for (LogEvent event : events) {
            Optional<InvocationReport> report = reportOf(event.message());
            if (report.isPresent()) {
                if (report.get().requestId().equals(requestId)) {
                    return report;
                }
                last = report.get();
            }
        }
        return Optional.ofNullable(last);
    }

    /** The error type an {@code INIT_REPORT} of the tail names, for an INIT that failed. */
    public Optional<String> initErrorType() {
        for (LogEvent event : events) {
            String line = event.message();
            if (line.startsWith("INIT_REPORT ")) {
                Optional<String> type = textField(line, "Error Type");
                if (type.isPresent()) {
                    return type;
                }
            }
            JsonNode record = platformRecord(line, "platform.initReport");
            if (record != null && record.hasNonNull("errorType")) {
                return Optional.of(record.get("errorType").asText());
            }
        }
        return Optional.empty();
    }

    private static LogEvent event(String line, Instant received) {
        if (PLATFORM_PREFIXES.stream().anyMatch(line::startsWith)) {
            return new LogEvent(received, LogEvent.Source.PLATFORM, line);
        }
        JsonNode json = json(line);
        if (json != null) {
            String type = json.path("type").asText("");
            Instant time = time(json.path(type.startsWith("platform.") ? "time" : "timestamp").asText(""), received);
            return new LogEvent(time, type.startsWith("platform.") ? LogEvent.Source.PLATFORM : LogEvent.Source.FUNCTION,
                    line);
        }
        return new LogEvent(received, LogEvent.Source.FUNCTION, line);
    }

    private static Optional<InvocationReport> reportOf(String line) {
        if (line.startsWith("REPORT RequestId: ")) {
            String requestId = line.substring("REPORT RequestId: ".length()).split("\t", 2)[0].strip();
            double duration = textField(line, "Duration").map(RemoteLogTail::number).orElse(Double.NaN);
            long billed = textField(line, "Billed Duration").map(v -> (long) number(v)).orElse(0L);
            int memory = textField(line, "Memory Size").map(v -> (int) number(v)).orElse(0);
            OptionalInt used = textField(line, "Max Memory Used").map(v -> OptionalInt.of((int) number(v)))
                    .orElse(OptionalInt.empty());
            Optional<Double> init = textField(line, "Init Duration").map(RemoteLogTail::number);
            InvocationStatus status = textField(line, "Status").map(RemoteLogTail::status).orElse(InvocationStatus.SUCCESS);
            return Optional.of(new InvocationReport(requestId, duration, billed, memory, used, init, init.isPresent(),
                    status, textField(line, "Error Type")));
        }
        JsonNode record = platformRecord(line, "platform.report");
        if (record == null) {
            return Optional.empty();
        }
        JsonNode metrics = record.path("metrics");
        Optional<Double> init = metrics.hasNonNull("initDurationMs") ? Optional.of(metrics.get("initDurationMs").asDouble())
                : Optional.empty();
        return Optional.of(new InvocationReport(record.path("requestId").asText(""),
                metrics.path("durationMs").asDouble(Double.NaN), metrics.path("billedDurationMs").asLong(0),
                metrics.path("memorySizeMB").asInt(0), metrics.hasNonNull("maxMemoryUsedMB")
                        ? OptionalInt.of(metrics.get("maxMemoryUsedMB").asInt()) : OptionalInt.empty(),
                init, init.isPresent(), status(record.path("status").asText("success")),
                record.hasNonNull("errorType") ? Optional.of(record.get("errorType").asText()) : Optional.empty()));
    }

    /** The value of a {@code Name: value} field of a tab-separated platform line, unit and all. */
    private static Optional<String> textField(String line, String name) {
        for (String field : line.split("\t")) {
            String trimmed = field.strip();
            if (trimmed.startsWith(name + ": ")) {
                return Optional.of(trimmed.substring(name.length() + 2).strip());
            }
        }
        return Optional.empty();
    }

    /** {@code 12.34 ms} or {@code 128 MB} as its number. */
    private static double number(String value) {
        try {
            return Double.parseDouble(value.split(" ", 2)[0]);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static InvocationStatus status(String wireName) {
        for (InvocationStatus status : InvocationStatus.values()) {
            if (status.wireName().equalsIgnoreCase(wireName.strip())) {
                return status;
            }
        }
        return InvocationStatus.ERROR;
    }

    private static JsonNode platformRecord(String line, String type) {
        JsonNode json = json(line);
        return json != null && type.equals(json.path("type").asText()) ? json.path("record") : null;
    }

    private static JsonNode json(String line) {
        if (!line.startsWith("{")) {
            return null;
        }
        try {
            JsonNode tree = JSON.readTree(line);
            return tree != null && tree.isObject() ? tree : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static Instant time(String text, Instant otherwise) {
        try {
            return text.isEmpty() ? otherwise : Instant.parse(text);
        } catch (DateTimeParseException e) {
            return otherwise;
        }
    }
}
