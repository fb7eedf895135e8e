package dev.lambdaharness.core.internal.runtimeapi;

import java.util.Map;

/**
 * The request line and headers of one HTTP/1.1 request.
 *
 * @param method  e.g. {@code GET}
 * @param path    the request target without its query string
 * @param version e.g. {@code HTTP/1.1}
 * @param headers header names as sent, looked up without regard to case
 */
record HttpRequestHead(String method, String path, String version, Map<String, String> headers) {

    String header(String name) {
        return headers.get(name);
    }

    boolean isChunked() {
        String encoding = header("Transfer-Encoding");
        return encoding != null && encoding.toLowerCase(java.util.Locale.ROOT).contains("chunked");
    }

    boolean expectsContinue() {
        String expect = header("Expect");
        return expect != null && expect.equalsIgnoreCase("100-continue");
    }

    /** Whether the client wants the connection kept open after this exchange. */
    boolean keepAlive() {
        String connection = header("Connection");
        if ("HTTP/1.0".equals(version)) {
            return connection != null && connection.equalsIgnoreCase("keep-alive");
        }
        return connection == null || !connection.equalsIgnoreCase("close");
    }
}
