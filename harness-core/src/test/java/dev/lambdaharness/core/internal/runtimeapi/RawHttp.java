package dev.lambdaharness.core.internal.runtimeapi;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A bare HTTP/1.1 client over one socket, so tests see the server's bytes exactly: header order and case included. */
final class RawHttp implements AutoCloseable {

    private final Socket socket;
    private final InputStream in;

    RawHttp(RuntimeApiServer server) throws IOException {
        socket = new Socket("127.0.0.1", server.port());
        in = socket.getInputStream();
    }

    void send(String head, byte[] body) throws IOException {
        socket.getOutputStream().write(head.getBytes(StandardCharsets.UTF_8));
        socket.getOutputStream().write(body);
        socket.getOutputStream().flush();
    }

    void get(String path) throws IOException {
        send("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", new byte[0]);
    }

    void post(String path, byte[] body, String... extraHeaders) throws IOException {
        StringBuilder head = new StringBuilder("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: " + body.length + "\r\n");
        for (String header : extraHeaders) {
            head.append(header).append("\r\n");
        }
        send(head.append("\r\n").toString(), body);
    }

    Response read() throws IOException {
        String status = line();
        List<String> headers = new ArrayList<>();
        int length = 0;
        for (String header = line(); !header.isEmpty(); header = line()) {
            headers.add(header);
            if (header.startsWith("Content-Length: ")) {
                length = Integer.parseInt(header.substring("Content-Length: ".length()));
            }
        }
        return new Response(status, headers, in.readNBytes(length));
    }

    /** Whether the server closed the connection. */
    boolean closedByServer() throws IOException {
        try {
            return in.read() < 0;
        } catch (IOException e) {
            return true;
        }
    }

    private String line() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new EOFException("connection closed");
            }
            if (b != '\r') {
                bytes.write(b);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    record Response(String status, List<String> headers, byte[] body) {
        String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }

        /** Headers without Date, whose value changes. */
        List<String> stableHeaders() {
            return headers.stream().filter(header -> !header.startsWith("Date: ")).toList();
        }
    }
}
