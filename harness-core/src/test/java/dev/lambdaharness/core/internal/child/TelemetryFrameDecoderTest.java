package dev.lambdaharness.core.internal.child;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Frames laid out as FramedTelemetryLogSink writes them (runtime-facts §6.2); RicOracleIT decodes the RIC's own. */
class TelemetryFrameDecoderTest {

    private static byte[] frame(int type, long micros, String message) {
        byte[] text = message.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(16 + text.length).putInt(type).putInt(text.length).putLong(micros).put(text).array();
    }

    @Test
    void namesLevelAndFormatFromTheFrameType() {
        TelemetryFrameDecoder decoder = new TelemetryFrameDecoder();
        byte[] bytes = concat(frame(0xa55a0003, 1, "a"), frame(0xa55a000f, 2, "b"), frame(0xa55a0016, 3, "c"), frame(0xa55a001b, 4, "d"));

        List<TelemetryRecord> records = decoder.feed(bytes, bytes.length);

        assertThat(records).extracting(r -> r.format() + "/" + r.level() + "@" + r.timestampMicros() + ":" + r.messageText())
                .containsExactly("TEXT/UNDEFINED@1:a", "TEXT/INFO@2:b", "JSON/ERROR@3:c", "TEXT/FATAL@4:d");
    }

    @Test
    void waitsForTheRestOfAFrameSplitAnywhere() {
        byte[] bytes = concat(frame(0xa55a0003, 7, "multi\nline"), frame(0xa55a0003, 8, ""));
        for (int split = 0; split <= bytes.length; split++) {
            TelemetryFrameDecoder decoder = new TelemetryFrameDecoder();
            List<TelemetryRecord> records = new ArrayList<>(decoder.feed(java.util.Arrays.copyOf(bytes, split), split));
            byte[] rest = java.util.Arrays.copyOfRange(bytes, split, bytes.length);
            records.addAll(decoder.feed(rest, rest.length));

            assertThat(records).extracting(TelemetryRecord::messageText).as("split at %d", split).containsExactly("multi\nline", "");
        }
    }

    @Test
    void refusesBytesThatAreNotAFrame() {
        byte[] bytes = "hello, this is not a frame".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> new TelemetryFrameDecoder().feed(bytes, bytes.length))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("out of step at byte 0")
                .hasMessageContaining("fd 3");
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
