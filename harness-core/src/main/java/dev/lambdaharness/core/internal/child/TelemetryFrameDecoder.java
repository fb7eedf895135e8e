package dev.lambdaharness.core.internal.child;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes the RIC's framed telemetry stream: per record a 16-byte big-endian header (frame type
 * {@code 0xA55A0000 | level << 2 | 1 << 1 | format}, message length, timestamp in microseconds)
 * followed by the message. Bytes may arrive in any pieces; an incomplete frame waits for the rest.
 */
final class TelemetryFrameDecoder {

    static final int HEADER_LENGTH = 16;
    static final int MAGIC = 0xA55A0000;
    private static final int MAGIC_MASK = 0xFFFF0000;

    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private long consumed;

    /** Adds bytes and returns every frame they complete. */
    List<TelemetryRecord> feed(byte[] bytes, int length) {
        pending.write(bytes, 0, length);
        byte[] all = pending.toByteArray();
        ByteBuffer buffer = ByteBuffer.wrap(all).order(ByteOrder.BIG_ENDIAN);
        List<TelemetryRecord> records = new ArrayList<>();
        while (buffer.remaining() >= HEADER_LENGTH) {
            int start = buffer.position();
            int type = buffer.getInt();
            int messageLength = buffer.getInt();
            long timestamp = buffer.getLong();
            if ((type & MAGIC_MASK) != MAGIC || messageLength < 0) {
                throw new IllegalStateException(String.format(
                        "The telemetry log stream is out of step at byte %d: frame type 0x%08x, length %d."
                                + " Something other than the RIC's FramedTelemetryLogSink wrote to fd %d.",
                        consumed + start, type, messageLength, ChildCommandLine.TELEMETRY_FD));
            }
            if (buffer.remaining() < messageLength) {
                buffer.position(start);
                break;
            }
            byte[] message = new byte[messageLength];
            buffer.get(message);
            records.add(new TelemetryRecord(type, level(type), format(type), timestamp, message));
        }
        int used = buffer.position();
        consumed += used;
        pending.reset();
        pending.write(all, used, all.length - used);
        return records;
    }

    static String level(int frameType) {
        int ordinal = (frameType >>> 2) & 0x1F;
        return ordinal < TelemetryRecord.LEVELS.size() ? TelemetryRecord.LEVELS.get(ordinal) : "LEVEL_" + ordinal;
    }

    static String format(int frameType) {
        return TelemetryRecord.FORMATS.get(frameType & 1);
    }
}
