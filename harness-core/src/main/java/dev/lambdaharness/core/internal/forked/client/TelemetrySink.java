package dev.lambdaharness.core.internal.forked.client;

import com.amazonaws.services.lambda.runtime.logging.LogLevel;
import dev.lambdaharness.core.LogFormat;
import dev.lambdaharness.core.internal.handler.RuntimeLogger;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.Constructor;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Instant;

/**
 * Where the harness's runtime client writes {@code LambdaLogger} records: framed on the telemetry
 * descriptor that {@code _LAMBDA_TELEMETRY_LOG_FD} names, in the frame the platform decodes
 * (16-byte big-endian header: type {@code 0xA55A0000 | level << 2 | 1 << 1 | format}, message
 * length, timestamp in microseconds; then the message), or, without a usable descriptor, raw on
 * standard output as the runtime interface client then writes them.
 */
final class TelemetrySink implements RuntimeLogger.Sink {

    static final int HEADER_LENGTH = 16;
    private static final int MAGIC = 0xA55A0000;
    private static final int TIMESTAMP_PRESENT = 1 << 1;

    private final OutputStream frames;
    private final int formatBit;

    private TelemetrySink(OutputStream frames, LogFormat format) {
        this.frames = frames;
        // aws-lambda-java-core's LogFormat ordinals, which the frame carries: JSON 0, TEXT 1.
        this.formatBit = format == LogFormat.JSON ? 0 : 1;
    }

    /**
     * The sink for the descriptor named by {@code fdVariable} (the value of
     * {@code _LAMBDA_TELEMETRY_LOG_FD}), or standard output when it is unset or cannot be opened.
     */
    static TelemetrySink open(String fdVariable, LogFormat format) {
        if (fdVariable != null) {
            try {
                return new TelemetrySink(new FileOutputStream(descriptor(Integer.parseInt(fdVariable.trim()))), format);
            } catch (RuntimeException | ReflectiveOperationException e) {
                // as the RIC: no usable descriptor, so the records go to standard output
            }
        }
        return new TelemetrySink(null, format);
    }

    @Override
    public synchronized void record(byte[] message, LogLevel level) {
        try {
            if (frames == null) {
                PrintStream out = System.out;
                out.write(message);
                out.flush();
                return;
            }
            ByteBuffer frame = ByteBuffer.allocate(HEADER_LENGTH + message.length).order(ByteOrder.BIG_ENDIAN);
            frame.putInt(MAGIC | (level.ordinal() << 2) | TIMESTAMP_PRESENT | formatBit);
            frame.putInt(message.length);
            Instant now = Instant.now();
            frame.putLong(now.getEpochSecond() * 1_000_000 + now.getNano() / 1_000);
            frame.put(message);
            frames.write(frame.array());
        } catch (IOException e) {
            e.printStackTrace(); // the platform's log is gone; the invocation itself goes on
        }
    }

    /**
     * A {@link FileDescriptor} for a number the process inherited. The JDK has no public way to wrap
     * one; the child runs with {@code --add-opens=java.base/java.io=ALL-UNNAMED}, as Lambda's
     * runtime does for the same reason.
     */
    private static FileDescriptor descriptor(int fd) throws ReflectiveOperationException {
        Constructor<FileDescriptor> constructor = FileDescriptor.class.getDeclaredConstructor(int.class);
        constructor.setAccessible(true);
        return constructor.newInstance(fd);
    }
}
