package dev.lambdaharness.core.internal;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The JDK's HTTP server as the harness serves every loopback service (the Invoke API, the HTTP
 * fronts): bound to {@code 127.0.0.1} alone on an ephemeral port, with {@code TCP_NODELAY}, each
 * exchange on a thread of its own from a cached pool of named daemon threads, all of it ended by
 * {@link #close()}. A {@code POST} from the JDK's {@code HttpURLConnection} (the AWS SDK's
 * URL-connection client among them) is answered with {@code Connection: close}: see
 * {@link #closesAfter(String, String)}.
 *
 * <pre>{@code
 * try (LoopbackHttpServer server = LoopbackHttpServer.start("lambda-harness-invoke-api", "the Invoke API", handler)) {
 *     int port = server.port();
 * }
 * }</pre>
 */
public final class LoopbackHttpServer implements AutoCloseable {

    /**
     * The JDK server's switch for {@code TCP_NODELAY} on the connections it accepts. It writes a
     * response's headers and body apart; without the switch, Nagle's algorithm holds the body back until
     * the client acknowledges the headers, which a client delays by up to 40 ms: every round trip took
     * 40 ms more (measured, InvokeApiBenchmark). The JDK reads it once, when its first server starts.
     */
    public static final String NO_DELAY_PROPERTY = "sun.net.httpserver.nodelay";

    /**
     * What a {@code User-Agent} starts with or contains when the client is the JDK's
     * {@code HttpURLConnection}: its own default ({@code Java/17.0.15}) and the AWS SDK's URL-connection
     * client ({@code aws-sdk-java/2.59.1 ... md/http#UrlConnection ...}).
     */
    static final String URL_CONNECTION_AGENT = "Java/";
    static final String SDK_URL_CONNECTION_AGENT = "md/http#UrlConnection";

    private static final AtomicInteger SERVERS = new AtomicInteger();

    private final HttpServer server;
    private final ExecutorService threads;

    private LoopbackHttpServer(HttpServer server, ExecutorService threads) {
        this.server = server;
        this.threads = threads;
    }

    /**
     * Binds a new server and starts serving.
     *
     * @param threadPrefix its threads' names start so, then a number per server and per thread
     * @param what the service, for the message when no port can be had
     */
    public static LoopbackHttpServer start(String threadPrefix, String what, HttpHandler handler) {
        System.getProperties().putIfAbsent(NO_DELAY_PROPERTY, "true");
        String name = threadPrefix + "-" + SERVERS.incrementAndGet();
        AtomicInteger count = new AtomicInteger();
        ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0), 128);
            server.createContext("/", exchange -> {
                if (closesAfter(exchange.getRequestMethod(), exchange.getRequestHeaders().getFirst("User-Agent"))) {
                    exchange.getResponseHeaders().set("Connection", "close");
                }
                handler.handle(exchange);
            });
            server.setExecutor(threads);
            server.start();
            return new LoopbackHttpServer(server, threads);
        } catch (IOException e) {
            threads.shutdownNow();
            throw new UncheckedIOException("Could not open " + what + " on 127.0.0.1 (an ephemeral port): "
                    + e.getMessage(), e);
        }
    }

    /**
     * Whether the answer to this request closes its connection. Before it sends a streaming
     * {@code POST} (a body of known length, as the AWS SDK sends every request) on a kept-alive
     * connection, the JDK's {@code HttpURLConnection} checks that the connection is still open with a
     * read that waits 1 ms for nothing ({@code sun.net.www.http.HttpClient.available()}): every round
     * trip took 1.2 ms on a server that answers in 0.05 ms (measured, BENCHMARKS.md, Invoke API round
     * trip). A new loopback connection costs less than that wait, so such a client is sent
     * {@code Connection: close} and connects afresh; other clients keep their connections.
     */
    static boolean closesAfter(String method, String userAgent) {
        return "POST".equals(method) && userAgent != null
                && (userAgent.startsWith(URL_CONNECTION_AGENT) || userAgent.contains(SDK_URL_CONNECTION_AGENT));
    }

    /** The port the server listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** Stops listening, ends the exchanges under way and the server's threads. Idempotent. */
    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
        try {
            threads.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
