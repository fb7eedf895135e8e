package dev.lambdaharness.core.internal.child;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The child's stdout, stderr and telemetry fd, each written to a file and read up to its current
 * end on demand. Reading at a boundary the child itself signals (its {@code next} call, its exit)
 * gives everything it wrote before that boundary: a write to a regular file is visible as soon as
 * it returns, which a pipe drained by a reader thread cannot promise.
 */
final class ChildOutput implements AutoCloseable {

    private final FileChannel stdout;
    private final FileChannel stderr;
    private final FileChannel telemetry;
    private final TelemetryFrameDecoder decoder = new TelemetryFrameDecoder();
    private final ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
    private boolean closed;
    private IllegalStateException failure;

    ChildOutput(Path stdoutFile, Path stderrFile, Path telemetryFile) {
        try {
            stdout = FileChannel.open(stdoutFile, StandardOpenOption.READ);
            stderr = FileChannel.open(stderrFile, StandardOpenOption.READ);
            telemetry = FileChannel.open(telemetryFile, StandardOpenOption.READ);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not open the child JVM's output files: " + e.getMessage(), e);
        }
    }

    /**
     * Everything written since the last drain. A line still unterminated is closed here, so an
     * invocation's output never spills into the next one; a frame still incomplete waits.
     */
    synchronized ChildLogs drain() {
        if (closed) {
            return ChildLogs.EMPTY;
        }
        try {
            ByteArrayOutputStream frames = readNew(telemetry);
            List<TelemetryRecord> records = List.of();
            if (failure == null) {
                try {
                    records = decoder.feed(frames.toByteArray(), frames.size());
                } catch (IllegalStateException e) {
                    failure = e; // reported by the next invocation that reads logs; the child keeps running
                }
            }
            return new ChildLogs(records, lines(readNew(stdout)), lines(readNew(stderr)));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the child JVM's output: " + e.getMessage(), e);
        }
    }

    /** The telemetry stream's decoding failure, or {@code null}; once it fails, no more frames are decoded. */
    synchronized IllegalStateException failure() {
        return failure;
    }

    @Override
    public synchronized void close() {
        closed = true;
        for (FileChannel channel : List.of(stdout, stderr, telemetry)) {
            try {
                channel.close();
            } catch (IOException e) {
                // already unreadable; nothing more to read from it anyway
            }
        }
    }

    private ByteArrayOutputStream readNew(FileChannel channel) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        while (true) {
            buffer.clear();
            int read = channel.read(buffer);
            if (read <= 0) {
                return bytes;
            }
            bytes.write(buffer.array(), 0, read);
        }
    }

    private static List<String> lines(ByteArrayOutputStream bytes) {
        List<String> lines = new ArrayList<>();
        if (bytes.size() == 0) {
            return lines;
        }
        String text = bytes.toString(StandardCharsets.UTF_8);
        int start = 0;
        while (start < text.length()) {
            int newline = text.indexOf('\n', start);
            if (newline < 0) {
                lines.add(text.substring(start));
                break;
            }
            lines.add(text.substring(start, newline));
            start = newline + 1;
        }
        return lines;
    }
}
