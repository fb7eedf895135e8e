package dev.lambdaharness.core.internal.fronts;

import com.sun.net.httpserver.HttpExchange;
import dev.lambdaharness.core.internal.LoopbackHttpServer;
import dev.lambdaharness.core.internal.PlatformLog;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One front on {@code 127.0.0.1} and an ephemeral port, as the Invoke API is served: the JDK's
 * server with {@code TCP_NODELAY}, a thread per request from a cached pool of daemon threads, and
 * closed with the runtime. A request body over {@link #MAX_BODY_BYTES} gets the front's 413 before
 * it is read on; a failure of the harness is answered, never a dropped connection.
 *
 * <pre>{@code
 * try (FrontServer server = FrontServer.start("http-api", request -> FrontResponse.json(200, "{}"))) {
 *     URI base = server.baseUri();   // http://127.0.0.1:<port>
 * }
 * }</pre>
 */
public final class FrontServer implements AutoCloseable {

    /** API Gateway's payload limit, 10 MB; Lambda's own 6 MB limit on the event applies after it. */
    public static final int MAX_BODY_BYTES = 10 * 1024 * 1024;

    private final LoopbackHttpServer server;
    private final Front front;

    private FrontServer(String kind, Front front) {
        this.front = front;
        this.server = LoopbackHttpServer.start("lambda-harness-" + kind, "the " + kind + " front", this::handle);
    }

    /** Binds a new front to {@code 127.0.0.1} on an ephemeral port and starts serving. */
    public static FrontServer start(String kind, Front front) {
        return new FrontServer(kind, front);
    }

    /** {@code http://127.0.0.1:<port>/}. */
    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.port() + "/");
    }

    /** Stops listening, ends the exchanges under way and the server's threads. Idempotent. */
    @Override
    public void close() {
        server.close();
    }

    private void handle(HttpExchange exchange) {
        try (exchange) {
            FrontResponse response;
            try {
                response = answer(exchange);
            } catch (RuntimeException unexpected) {
                // Answered, not thrown: the JDK's server would drop the connection and the client learn nothing.
                response = FrontResponse.json(500, "{\"message\":" + PlatformLog.quote("The harness could not serve"
                        + " this request: " + unexpected + ". Please report it with the request that caused it.") + "}");
            }
            send(exchange, response);
        } catch (IOException gone) {
            // The client hung up before its answer was written: nothing is left to tell it.
        }
    }

    private FrontResponse answer(HttpExchange exchange) throws IOException {
        Instant arrived = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        byte[] body = exchange.getRequestBody().readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            return front.tooLarge();
        }
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        exchange.getRequestHeaders().forEach((name, values) -> values.forEach(value -> headers.add(Map.entry(name, value))));
        headers.sort(Comparator.comparing((Map.Entry<String, String> h) -> h.getKey().toLowerCase(Locale.ROOT)));
        URI uri = exchange.getRequestURI();
        FrontRequest request = new FrontRequest(exchange.getRequestMethod(), uri.getRawPath(), uri.getRawQuery(),
                List.copyOf(headers), body, exchange.getRemoteAddress().getAddress().getHostAddress(), arrived);
        return front.serve(request);
    }

    private static void send(HttpExchange exchange, FrontResponse response) throws IOException {
        response.headers().forEach(h -> exchange.getResponseHeaders().add(h.getKey(), h.getValue()));
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        byte[] body = response.body();
        exchange.sendResponseHeaders(response.status(), head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            exchange.getResponseBody().write(body);
        }
    }
}
