package dev.lambdaharness.core.internal;

import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.InvocationReport;
import dev.lambdaharness.core.InvocationStatus;
import dev.lambdaharness.core.LogFormat;
import dev.lambdaharness.core.LogLevel;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The platform's own log lines, in Lambda's text format (tab-separated {@code INIT_START},
 * {@code START}, {@code END}, {@code REPORT}) or its JSON format ({@code platform.initStart},
 * {@code platform.start}, {@code platform.report}). The choices where the service's format is not
 * pinned down by a source are in {@code docs/logs.md}.
 */
public final class PlatformLog {

    private static final DateTimeFormatter JSON_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final FunctionConfig config;
    private final String runtimeVersion;
    private final String runtimeVersionArn;

    /** Formats platform lines for the given function, running on its runtime's own Java. */
    public PlatformLog(FunctionConfig config) {
        this(config, "", config.runtime().featureVersion());
    }

    /**
     * Formats platform lines for the given function, its runtime version marked with a suffix and the Java it runs on.
     *
     * @param runtimeVersionSuffix added to the {@code INIT_START} runtime version, e.g. {@code -harness-client}
     *     when a forked environment runs the harness's own runtime client
     * @param javaFeature the Java the function's code runs on; when it is not the runtime's, the runtime version
     *     ends in {@code -on-java<N>} (e.g. {@code java:21.vLH1-on-java25}), so the log says which Java ran
     */
    public PlatformLog(FunctionConfig config, String runtimeVersionSuffix, int javaFeature) {
        this.config = config;
        int declared = config.runtime().featureVersion();
        // A stable, recognisably local runtime version: Lambda's are "java:17.v14" and an ARN with a hash.
        this.runtimeVersion = "java:" + declared + ".vLH1" + runtimeVersionSuffix
                + (javaFeature != declared ? javaSuffix(javaFeature) : "");
        this.runtimeVersionArn = "arn:aws:lambda:" + config.region() + "::runtime:" + sha256(runtimeVersion);
    }

    /**
     * What ends the runtime version of a function whose code runs on another Java than its runtime's,
     * e.g. {@code -on-java25}: no source says what Lambda would show, since on Lambda it cannot happen.
     */
    public static String javaSuffix(int javaFeature) {
        return "-on-java" + javaFeature;
    }

    /** {@code INIT_START Runtime Version: …}, written before INIT of a new environment. */
    public List<String> initStart(Instant time) {
        if (!enabled(LogLevel.INFO)) {
            return List.of();
        }
        if (json()) {
            return List.of(record(time, "platform.initStart", "{\"initializationType\":\"on-demand\",\"phase\":\"init\","
                    + "\"runtimeVersion\":" + quote(runtimeVersion) + ",\"runtimeVersionArn\":"
                    + quote(runtimeVersionArn) + ",\"functionName\":" + quote(config.functionName())
                    + ",\"functionVersion\":" + quote(config.version()) + "}"));
        }
        return List.of("INIT_START Runtime Version: " + runtimeVersion + "\tRuntime Version ARN: " + runtimeVersionArn);
    }

    /** {@code START RequestId: … Version: …}. */
    public List<String> start(Instant time, String requestId) {
        if (!enabled(LogLevel.INFO)) {
            return List.of();
        }
        if (json()) {
            return List.of(record(time, "platform.start", "{\"requestId\":" + quote(requestId) + ",\"functionArn\":"
                    + quote(config.invokedFunctionArn()) + ",\"version\":" + quote(config.version()) + "}"));
        }
        return List.of("START RequestId: " + requestId + " Version: " + config.version());
    }

    /** {@code END RequestId: …}; in JSON format the runtime-done record, shown at DEBUG. */
    public List<String> end(Instant time, InvocationReport report) {
        if (json()) {
            if (!enabled(LogLevel.DEBUG)) {
                return List.of();
            }
            return List.of(record(time, "platform.runtimeDone", "{\"requestId\":" + quote(report.requestId())
                    + ",\"status\":" + quote(report.status().wireName()) + ",\"metrics\":{\"durationMs\":"
                    + threeDecimals(report.durationMs()) + "}}"));
        }
        return List.of("END RequestId: " + report.requestId());
    }

    /** {@code REPORT RequestId: …} with the fields in Lambda's order. */
    public List<String> report(Instant time, InvocationReport report) {
        if (!enabled(LogLevel.INFO)) {
            return List.of();
        }
        if (json()) {
            StringBuilder metrics = new StringBuilder("{\"durationMs\":").append(threeDecimals(report.durationMs()))
                    .append(",\"billedDurationMs\":").append(report.billedDurationMs())
                    .append(",\"memorySizeMB\":").append(report.memorySizeMb());
            report.maxMemoryUsedMb().ifPresent(used -> metrics.append(",\"maxMemoryUsedMB\":").append(used));
            report.initDurationMs().ifPresent(init -> metrics.append(",\"initDurationMs\":").append(threeDecimals(init)));
            metrics.append('}');
            StringBuilder record = new StringBuilder("{\"requestId\":").append(quote(report.requestId()))
                    .append(",\"metrics\":").append(metrics)
                    .append(",\"status\":").append(quote(report.status().wireName()));
            report.errorType().ifPresent(type -> record.append(",\"errorType\":").append(quote(type)));
            record.append('}');
            return List.of(record(time, "platform.report", record.toString()));
        }
        StringBuilder line = new StringBuilder("REPORT RequestId: ").append(report.requestId())
                .append("\tDuration: ").append(twoDecimals(report.durationMs())).append(" ms")
                .append("\tBilled Duration: ").append(report.billedDurationMs()).append(" ms")
                .append("\tMemory Size: ").append(report.memorySizeMb()).append(" MB");
        report.maxMemoryUsedMb().ifPresent(used -> line.append("\tMax Memory Used: ").append(used).append(" MB"));
        report.initDurationMs().ifPresent(init -> line.append("\tInit Duration: ").append(twoDecimals(init)).append(" ms"));
        if (report.status() != InvocationStatus.SUCCESS) {
            line.append("\tStatus: ").append(report.status().wireName());
            report.errorType().ifPresent(type -> line.append("\tError Type: ").append(type));
        }
        line.append('\t');
        return List.of(line.toString());
    }

    /** {@code INIT_REPORT …} for an INIT that failed or timed out. */
    public List<String> initReport(Instant time, double initDurationMs, InitPhase phase, InvocationStatus status,
            String errorType) {
        if (!enabled(LogLevel.INFO)) {
            return List.of();
        }
        if (json()) {
            StringBuilder record = new StringBuilder("{\"initializationType\":\"on-demand\",\"phase\":")
                    .append(quote(phase.wireName())).append(",\"status\":").append(quote(status.wireName()));
            if (errorType != null) {
                record.append(",\"errorType\":").append(quote(errorType));
            }
            record.append(",\"metrics\":{\"durationMs\":").append(threeDecimals(initDurationMs)).append("}}");
            return List.of(record(time, "platform.initReport", record.toString()));
        }
        List<String> lines = new ArrayList<>();
        String line = "INIT_REPORT Init Duration: " + twoDecimals(initDurationMs) + " ms\tPhase: " + phase.wireName()
                + "\tStatus: " + status.wireName() + (errorType != null ? "\tError Type: " + errorType : "");
        lines.add(line);
        return lines;
    }

    /** Billed duration: each phase rounded up to the millisecond; INIT is billed since August 2025. */
    public static long billedDurationMs(double durationMs, Double initDurationMs) {
        long billed = (long) Math.ceil(durationMs);
        if (initDurationMs != null) {
            billed += (long) Math.ceil(initDurationMs);
        }
        return billed;
    }

    private boolean json() {
        return config.logFormat() == LogFormat.JSON;
    }

    private boolean enabled(LogLevel level) {
        LogLevel system = config.systemLogLevel().orElse(LogLevel.INFO);
        return !json() || level.ordinal() >= system.ordinal();
    }

    private static String record(Instant time, String type, String body) {
        return "{\"time\":\"" + JSON_TIME.format(time) + "\",\"type\":\"" + type + "\",\"record\":" + body + "}";
    }

    static String twoDecimals(double value) {
        return decimals(value, 2);
    }

    static String threeDecimals(double value) {
        return decimals(value, 3);
    }

    /** What {@code %.Nf} prints (half-up, as Lambda's figures are rounded), without Formatter's cost per line. */
    private static String decimals(double value, int places) {
        return java.math.BigDecimal.valueOf(value).setScale(places, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    /** The text as a JSON string literal, quotes included. */
    public static String quote(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"': out.append("\\\""); break;
                case '\\': out.append("\\\\"); break;
                case '\n': out.append("\\n"); break;
                case '\t': out.append("\\t"); break;
                case '\r': out.append("\\r"); break;
                default:
                    if (c < 0x20) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
            }
        }
        return out.append('"').toString();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
