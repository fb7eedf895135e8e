package dev.lambdaharness.core.internal.coldstart;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The counters a HotSpot JVM publishes about itself in its performance data file
 * ({@code /tmp/hsperfdata_<user>/<pid>}, what {@code jstat} reads), read from outside the JVM: how
 * many classes a forked child has loaded, without an agent, a flag or an attach in the child, so the
 * measured cold start is the managed runtime's command line as it is.
 *
 * <pre>{@code
 * OptionalLong classes = HotSpotPerfData.loadedClasses(process.pid());
 * }</pre>
 *
 * <p>The file is the JVM's shared memory: a prologue (magic {@code 0xcafec0c0}, byte order, entry
 * offset and count), then entries of a name and a value. It exists on Linux while the JVM runs with
 * {@code -XX:+UsePerfData} (the default); elsewhere, or when a JVM turned it off, there is no figure.
 */
public final class HotSpotPerfData {

    /** Classes loaded from class files, and those mapped from the CDS archive: their sum is what the JVM loaded. */
    static final String LOADED = "java.cls.loadedClasses";
    static final String SHARED_LOADED = "java.cls.sharedLoadedClasses";

    private static final int MAGIC = 0xcafec0c0;
    private static final byte LONG_TYPE = 'J';

    private HotSpotPerfData() {
    }

    /** The classes the JVM with that pid has loaded so far, or empty where its performance data cannot be read. */
    public static OptionalLong loadedClasses(long pid) {
        return loadedClasses(Path.of("/tmp", "hsperfdata_" + System.getProperty("user.name"), Long.toString(pid)));
    }

    /** The classes loaded, read from one performance data file. */
    static OptionalLong loadedClasses(Path file) {
        Map<String, Long> counters = longCounters(file);
        Long loaded = counters.get(LOADED);
        if (loaded == null) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(loaded + counters.getOrDefault(SHARED_LOADED, 0L));
    }

    /** Every scalar {@code long} counter of the file by name; empty when it is missing or not a performance data file. */
    static Map<String, Long> longCounters(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException | SecurityException e) {
            return Map.of();
        }
        Map<String, Long> counters = new HashMap<>();
        if (bytes.length < 32 || ByteBuffer.wrap(bytes).order(ByteOrder.BIG_ENDIAN).getInt(0) != MAGIC) {
            return counters;
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(bytes[4] == 0 ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        int offset = buffer.getInt(24);
        int entries = buffer.getInt(28);
        for (int i = 0; i < entries && offset > 0 && offset + 20 <= bytes.length; i++) {
            int length = buffer.getInt(offset);
            int nameOffset = buffer.getInt(offset + 4);
            int vectorLength = buffer.getInt(offset + 8);
            byte type = buffer.get(offset + 12);
            int dataOffset = buffer.getInt(offset + 16);
            if (length <= 0 || offset + length > bytes.length) {
                break;
            }
            if (type == LONG_TYPE && vectorLength == 0 && offset + dataOffset + 8 <= bytes.length) {
                counters.put(name(bytes, offset + nameOffset), buffer.getLong(offset + dataOffset));
            }
            offset += length;
        }
        return counters;
    }

    private static String name(byte[] bytes, int start) {
        int end = start;
        while (end < bytes.length && bytes[end] != 0) {
            end++;
        }
        return new String(bytes, start, end - start, StandardCharsets.US_ASCII);
    }
}
