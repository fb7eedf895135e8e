package dev.lambdaharness.core.internal.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.logging.LogLevel;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.factories.GsonFactory;
import dev.lambdaharness.core.LogFormat;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The {@code LambdaLogger} of one environment, writing as the runtime interface client writes to
 * its telemetry log descriptor: one record per call; text records prefixed {@code [LEVEL] } unless
 * the level is undefined; JSON records {@code {"timestamp","message","level","AWSRequestId"}}; raw
 * bytes unformatted; records below the minimum level dropped (undefined always passes).
 *
 * <p>JSON records carry the request id (and tenant id) of the invocation last handed to a loaded
 * handler, and only when written on the thread that ran it, or by the runtime itself reporting
 * that invocation's error: the RIC keeps the context in a thread-local of the runtime's thread.
 *
 * <p>Where a record goes is the {@link Sink}'s business: an in-process environment's log, or the
 * telemetry descriptor of a forked child running the harness's own runtime client.
 *
 * <pre>{@code
 * RuntimeLogger logger = new RuntimeLogger((message, level) -> records.add(message), LogFormat.TEXT,
 *         LogLevel.UNDEFINED, System::currentTimeMillis);
 * logger.log("hello", LogLevel.INFO); // records "[INFO] hello"
 * }</pre>
 */
public final class RuntimeLogger implements LambdaLogger, InvocationAwareLogger {

    /** Where the formatted records go, one call per record. */
    @FunctionalInterface
    public interface Sink {

        /**
         * @param message the record as the runtime writes it (formatted, or raw bytes)
         * @param level   the level it was logged at; the telemetry frame carries it
         */
        void record(byte[] message, LogLevel level);
    }

    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final byte[] NULL_MESSAGE = "null".getBytes(StandardCharsets.UTF_8);

    private final Sink log;
    private final LogFormat format;
    private final LogLevel minimum;
    private final java.util.function.LongSupplier clock;
    private volatile Context invocation;
    private volatile Thread invocationThread;

    /**
     * @param sink    where records go
     * @param format  the function's log format
     * @param minimum the lowest level that passes ({@code UNDEFINED} lets everything pass)
     * @param clock   epoch milliseconds, for the timestamps of JSON records
     */
    public RuntimeLogger(Sink sink, LogFormat format, LogLevel minimum, java.util.function.LongSupplier clock) {
        this.log = sink;
        this.format = format;
        this.minimum = minimum;
        this.clock = clock;
    }

    @Override
    public void enterInvocation(Context context) {
        invocationThread = Thread.currentThread();
        invocation = context;
    }

    @Override
    public void log(String message) {
        log(message, LogLevel.UNDEFINED);
    }

    @Override
    public void log(byte[] message) {
        log(message, LogLevel.UNDEFINED);
    }

    @Override
    public void log(String message, LogLevel level) {
        log(message, level, Thread.currentThread() == invocationThread ? invocation : null);
    }

    @Override
    public void log(byte[] message, LogLevel level) {
        if (enabled(level)) {
            log.record(message == null ? NULL_MESSAGE : message, level);
        }
    }

    /** Logs what the runtime itself reports, at the level it uses for the format, from the handler's thread. */
    public void runtimeError(String text) {
        log(text, format == LogFormat.JSON ? LogLevel.ERROR : LogLevel.UNDEFINED, invocation);
    }

    private void log(String message, LogLevel level, Context context) {
        if (!enabled(level)) {
            return;
        }
        String formatted = format == LogFormat.JSON ? json(message, level, context) : text(message, level);
        log.record(formatted == null ? NULL_MESSAGE : formatted.getBytes(StandardCharsets.UTF_8), level);
    }

    private boolean enabled(LogLevel level) {
        return level == LogLevel.UNDEFINED || level.ordinal() >= minimum.ordinal();
    }

    private static String text(String message, LogLevel level) {
        return level == LogLevel.UNDEFINED ? message : "[" + level + "] " + message;
    }

    private String json(String message, LogLevel level, Context context) {
        JsonRecord record = new JsonRecord();
        record.timestamp = TIMESTAMP.format(Instant.ofEpochMilli(clock.getAsLong()));
        record.message = message;
        record.level = level;
        record.AWSRequestId = context == null ? null : context.getAwsRequestId();
        record.tenantId = context == null ? null : context.getTenantId();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonRecord.SERIALIZER.toJson(record, out);
        out.write('\n');
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The shape of a JSON log record; Gson writes public fields in this declaration order. */
    static final class JsonRecord {
        /** Built on first use: TEXT logs never load Gson. */
        static final PojoSerializer<JsonRecord> SERIALIZER = GsonFactory.getInstance().getSerializer(JsonRecord.class);

        public String timestamp;
        public String message;
        public LogLevel level;
        public String AWSRequestId;
        public String tenantId;
    }
}
