package dev.lambdaharness.core.internal.forked.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.Proxy;
import java.net.URL;

/**
 * The Runtime API (2018-06-01) as the harness's runtime client calls it, with the JDK's
 * {@link HttpURLConnection} (connections are kept alive between calls): {@code next} without a
 * timeout, since it blocks while no invocation is due; responses and errors buffered and sent with
 * their length.
 */
final class RuntimeApiClient {

    /** The header a runtime names its error type in. */
    static final String ERROR_TYPE_HEADER = "Lambda-Runtime-Function-Error-Type";

    private static final String USER_AGENT = "aws-lambda-java/" + System.getProperty("java.vendor.version")
            + "-lambda-harness-client";

    private final String base;
    private final URL next;

    /** @param address {@code host:port}, the value of {@code AWS_LAMBDA_RUNTIME_API} */
    RuntimeApiClient(String address) throws IOException {
        this.base = "http://" + address + "/2018-06-01/runtime/";
        this.next = new URL(base + "invocation/next");
    }

    /**
     * Waits for the next invocation.
     *
     * @throws IOException when the Runtime API is gone or answers anything but 200 with a request id
     */
    NextInvocation next() throws IOException {
        HttpURLConnection connection = (HttpURLConnection) next.openConnection(Proxy.NO_PROXY);
        connection.setRequestProperty("User-Agent", USER_AGENT);
        int status = connection.getResponseCode();
        if (status != HttpURLConnection.HTTP_OK) {
            drain(connection);
            throw new IOException("Failed to get next invocation. Response code: '" + status + "'.");
        }
        byte[] payload;
        try (InputStream body = connection.getInputStream()) {
            payload = body.readAllBytes();
        }
        String requestId = connection.getHeaderField("Lambda-Runtime-Aws-Request-Id");
        if (requestId == null || requestId.isEmpty()) {
            throw new IOException("Failed to get next invocation: no Lambda-Runtime-Aws-Request-Id.");
        }
        String deadline = connection.getHeaderField("Lambda-Runtime-Deadline-Ms");
        return new NextInvocation(requestId, payload, deadline == null ? 0 : Long.parseLong(deadline.trim()),
                connection.getHeaderField("Lambda-Runtime-Invoked-Function-Arn"),
                connection.getHeaderField("Lambda-Runtime-Trace-Id"),
                connection.getHeaderField("Lambda-Runtime-Client-Context"),
                connection.getHeaderField("Lambda-Runtime-Cognito-Identity"),
                connection.getHeaderField("Lambda-Runtime-Aws-Tenant-Id"));
    }

    /** Posts a response; returns the status (202 accepted, 413 above the payload limit). */
    int postResponse(String requestId, byte[] response) throws IOException {
        return post("invocation/" + requestId + "/response", response, null);
    }

    /** Posts an invocation's error document with its error type. */
    int postError(String requestId, String errorType, byte[] body) throws IOException {
        return post("invocation/" + requestId + "/error", body, errorType);
    }

    /** Posts a failed INIT's error document with its error type. */
    int postInitError(String errorType, byte[] body) throws IOException {
        return post("init/error", body, errorType);
    }

    /** The URL of the init error endpoint, as the runtime names it in its failures. */
    String initErrorUrl() {
        return base + "init/error";
    }

    /** The URL of an invocation's error endpoint, as the runtime names it in its failures. */
    String errorUrl(String requestId) {
        return base + "invocation/" + requestId + "/error";
    }

    private int post(String path, byte[] body, String errorType) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) new URL(base + path).openConnection(Proxy.NO_PROXY);
        connection.setRequestMethod("POST");
        connection.setRequestProperty("Content-Type", "application/json");
        connection.setRequestProperty("User-Agent", USER_AGENT);
        if (errorType != null) {
            connection.setRequestProperty(ERROR_TYPE_HEADER, errorType);
        }
        // Buffered, not streaming: for a streaming POST on a kept-alive connection the JDK first checks the
        // connection with a 1 ms read timeout, which would add a millisecond to every invocation.
        connection.setDoOutput(true);
        try (OutputStream out = connection.getOutputStream()) {
            out.write(body);
        }
        int status = connection.getResponseCode();
        drain(connection);
        return status;
    }

    /** Reads the answer to its end, so the connection can be used again. */
    private static void drain(HttpURLConnection connection) {
        try (InputStream body = connection.getResponseCode() < 400 ? connection.getInputStream() : connection.getErrorStream()) {
            if (body != null) {
                body.readAllBytes();
            }
        } catch (IOException e) {
            // the connection is dropped instead of reused
        }
    }
}
