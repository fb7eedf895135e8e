package dev.lambdaharness.conformance.internal.contract;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for the Lambda Invoke API on loopback, named to the functions by
 * {@code AWS_ENDPOINT_URL_LAMBDA}, that records which functions are invoked and answers each
 * call with an empty success ({@code 200 {}}, or {@code 202} for an {@code Event} invocation), so a
 * function that invokes itself is seen without anything leaving the machine.
 *
 * <pre>{@code
 * try (InvokeApiRecorder recorder = InvokeApiRecorder.start()) {
 *     config.environment(InvokeApiRecorder.VARIABLE, recorder.endpoint());
 *     ...
 *     recorder.invoked();   // ["my-function"]
 * }
 * }</pre>
 */
public final class InvokeApiRecorder implements AutoCloseable {

    /** The variable the AWS SDK for Java 2.x reads a Lambda endpoint from (service-specific endpoints). */
    public static final String VARIABLE = "AWS_ENDPOINT_URL_LAMBDA";

    private static final Pattern INVOKE = Pattern.compile("/2015-03-31/functions/([^/]+)/invocations");

    private final HttpServer server;
    private final List<String> invoked = new ArrayList<>();

    private InvokeApiRecorder(HttpServer server) {
        this.server = server;
    }

    /** Starts the recorder on an ephemeral loopback port. */
    public static InvokeApiRecorder start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        InvokeApiRecorder recorder = new InvokeApiRecorder(server);
        server.createContext("/", exchange -> {
            try (InputStream body = exchange.getRequestBody()) {
                body.readAllBytes();
            }
            Matcher matcher = INVOKE.matcher(exchange.getRequestURI().getRawPath());
            if (matcher.matches()) {
                recorder.record(URLDecoder.decode(matcher.group(1), StandardCharsets.UTF_8));
            }
            boolean event = "Event".equals(exchange.getRequestHeaders().getFirst("X-Amz-Invocation-Type"));
            byte[] answer = event ? new byte[0] : "{}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.getResponseHeaders().add("X-Amz-Executed-Version", "$LATEST");
            exchange.sendResponseHeaders(event ? 202 : 200, answer.length == 0 ? -1 : answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
        return recorder;
    }

    /** @return {@code http://127.0.0.1:port} */
    public String endpoint() {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort();
    }

    private synchronized void record(String function) {
        invoked.add(function);
    }

    /** @return the function names or ARNs invoked since the last call, and forgets them */
    public synchronized List<String> drain() {
        List<String> names = List.copyOf(invoked);
        invoked.clear();
        return names;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
