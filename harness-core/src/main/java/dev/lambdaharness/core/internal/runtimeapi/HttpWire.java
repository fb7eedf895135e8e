package dev.lambdaharness.core.internal.runtimeapi;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Just enough HTTP/1.1 for the Runtime API: request heads, fixed-length and chunked bodies,
 * {@code 100 Continue}, and responses whose header names keep the case we give them. The two
 * runtime clients of the RIC (libcurl and {@link java.net.HttpURLConnection}) speak nothing more.
 */
final class HttpWire {

    private static final int MAX_LINE = 64 * 1024;
    private static final int MAX_HEADERS = 200;
    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US);
    private static final byte[] CONTINUE = "HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

    private final InputStream in;
    private final OutputStream out;

    HttpWire(InputStream in, OutputStream out) {
        this.in = in;
        this.out = out;
    }

    /** Reads the next request head, or returns {@code null} when the client closed the connection between requests. */
    HttpRequestHead readHead() throws IOException {
        String requestLine = readLine(true);
        while (requestLine != null && requestLine.isEmpty()) {
            requestLine = readLine(true); // tolerate stray CRLF between requests (RFC 9112 §2.2)
        }
        if (requestLine == null) {
            return null;
        }
        String[] parts = requestLine.split(" ");
        if (parts.length != 3) {
            throw new ProtocolException("malformed request line: " + requestLine);
        }
        TreeMap<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int count = 0; ; count++) {
            String line = readLine(false);
            if (line.isEmpty()) {
                break;
            }
            if (count == MAX_HEADERS) {
                throw new ProtocolException("more than " + MAX_HEADERS + " headers");
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new ProtocolException("malformed header line: " + line);
            }
            String name = line.substring(0, colon).trim();
            String value = line.substring(colon + 1).trim();
            headers.merge(name, value, (first, second) -> first + ", " + second);
        }
        String target = parts[1];
        int query = target.indexOf('?');
        String path = query < 0 ? target : target.substring(0, query);
        return new HttpRequestHead(parts[0], path, parts[2], headers);
    }

    /**
     * Reads the body of {@code head}, keeping at most {@code keepLimit} bytes; the rest is read and
     * counted so the connection stays usable.
     */
    Body readBody(HttpRequestHead head, long keepLimit) throws IOException {
        if (head.expectsContinue()) {
            out.write(CONTINUE);
            out.flush();
        }
        BoundedSink sink = new BoundedSink(keepLimit);
        if (head.isChunked()) {
            readChunked(sink);
        } else {
            String length = head.header("Content-Length");
            if (length != null) {
                long remaining;
                try {
                    remaining = Long.parseLong(length.trim());
                } catch (NumberFormatException e) {
                    throw new ProtocolException("malformed Content-Length: " + length);
                }
                copy(remaining, sink);
            }
        }
        return new Body(sink.bytes(), sink.total);
    }

    /**
     * Writes a complete response. Header names are written as given, in Go's order (handler headers
     * sorted, then {@code Date} and {@code Content-Length}) so the bytes on the wire look like RAPID's.
     */
    void writeResponse(int status, String reason, List<Map.Entry<String, String>> sortedHeaders, byte[] body, boolean close)
            throws IOException {
        StringBuilder head = new StringBuilder(256);
        head.append("HTTP/1.1 ").append(status).append(' ').append(reason).append("\r\n");
        for (Map.Entry<String, String> header : sortedHeaders) {
            head.append(header.getKey()).append(": ").append(header.getValue()).append("\r\n");
        }
        head.append("Date: ").append(HTTP_DATE.format(ZonedDateTime.now(ZoneOffset.UTC))).append("\r\n");
        head.append("Content-Length: ").append(body.length).append("\r\n");
        if (close) {
            head.append("Connection: close\r\n");
        }
        head.append("\r\n");
        byte[] headBytes = head.toString().getBytes(StandardCharsets.UTF_8);
        byte[] message = new byte[headBytes.length + body.length];
        System.arraycopy(headBytes, 0, message, 0, headBytes.length);
        System.arraycopy(body, 0, message, headBytes.length, body.length);
        out.write(message);
        out.flush();
    }

    private void readChunked(BoundedSink sink) throws IOException {
        while (true) {
            String sizeLine = readLine(false);
            int extension = sizeLine.indexOf(';');
            String hex = (extension < 0 ? sizeLine : sizeLine.substring(0, extension)).trim();
            long size;
            try {
                size = Long.parseLong(hex, 16);
            } catch (NumberFormatException e) {
                throw new ProtocolException("malformed chunk size: " + sizeLine);
            }
            if (size == 0) {
                while (!readLine(false).isEmpty()) {
                    // trailers carry nothing the buffered Runtime API uses
                }
                return;
            }
            copy(size, sink);
            if (!readLine(false).isEmpty()) {
                throw new ProtocolException("chunk not followed by CRLF");
            }
        }
    }

    private void copy(long length, BoundedSink sink) throws IOException {
        byte[] buffer = new byte[(int) Math.min(64 * 1024, Math.max(length, 1))];
        long remaining = length;
        while (remaining > 0) {
            int read = in.read(buffer, 0, (int) Math.min(buffer.length, remaining));
            if (read < 0) {
                throw new EOFException("connection closed " + remaining + " bytes before the end of the body");
            }
            sink.write(buffer, read);
            remaining -= read;
        }
    }

    private String readLine(boolean eofAllowed) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(128);
        while (true) {
            int b = in.read();
            if (b < 0) {
                if (eofAllowed && line.size() == 0) {
                    return null;
                }
                throw new EOFException("connection closed in the middle of a request");
            }
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, length, StandardCharsets.UTF_8);
            }
            if (line.size() == MAX_LINE) {
                throw new ProtocolException("request line or header longer than " + MAX_LINE + " bytes");
            }
            line.write(b);
        }
    }

    /** A request body: the bytes kept and how many arrived in total. */
    record Body(byte[] kept, long length) {
        boolean truncated() {
            return kept.length < length;
        }
    }

    /** A malformed request; the connection cannot be trusted afterwards. */
    static final class ProtocolException extends IOException {
        private static final long serialVersionUID = 1L;

        ProtocolException(String message) {
            super(message);
        }
    }

    private static final class BoundedSink {
        private final long limit;
        private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
        private long total;

        BoundedSink(long limit) {
            this.limit = limit;
        }

        void write(byte[] buffer, int length) {
            long room = limit - kept.size();
            if (room > 0) {
                kept.write(buffer, 0, (int) Math.min(room, length));
            }
            total += length;
        }

        byte[] bytes() {
            return kept.toByteArray();
        }
    }
}
