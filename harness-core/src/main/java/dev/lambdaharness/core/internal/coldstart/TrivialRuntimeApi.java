package dev.lambdaharness.core.internal.coldstart;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The least a Runtime API (2018-06-01) can be, for the baseline of the forked cold start: the JDK's
 * own HTTP server on {@code 127.0.0.1}, handing out one invocation to the first {@code next}
 * (parking every later one until it closes) and completing {@link #response()} with the bytes of
 * the first response post. No logs, no state machine, no bookkeeping: what a runtime interface
 * client started against it costs is the RIC's own start.
 *
 * <pre>{@code
 * try (TrivialRuntimeApi api = TrivialRuntimeApi.start(event)) {
 *     // start the RIC with AWS_LAMBDA_RUNTIME_API=api.address()
 *     byte[] response = api.response().get(30, TimeUnit.SECONDS);
 * }
 * }</pre>
 */
public final class TrivialRuntimeApi implements AutoCloseable {

    private static final String NEXT = "/2018-06-01/runtime/invocation/next";

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "trivial-runtime-api");
        thread.setDaemon(true);
        return thread;
    });
    private final CompletableFuture<byte[]> response = new CompletableFuture<>();
    private final CountDownLatch closing = new CountDownLatch(1);
    private final byte[] event;
    private final String requestId = UUID.randomUUID().toString();
    private boolean handedOut;

    private TrivialRuntimeApi(byte[] event) throws IOException {
        this.event = event;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0), 50);
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    public static TrivialRuntimeApi start(byte[] event) {
        try {
            return new TrivialRuntimeApi(event);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code 127.0.0.1:<port>}, for {@code AWS_LAMBDA_RUNTIME_API}. */
    public String address() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    /** Completes with the first response the runtime posts. */
    public CompletableFuture<byte[]> response() {
        return response;
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        threads.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readAllBytes();
            String path = exchange.getRequestURI().getPath();
            if (path.equals(NEXT)) {
                next(exchange);
            } else if (path.endsWith("/response")) {
                exchange.sendResponseHeaders(202, -1);
                response.complete(body);
            } else {
                response.completeExceptionally(new IllegalStateException("The runtime called " + path + ": "
                        + new String(body, StandardCharsets.UTF_8)));
                exchange.sendResponseHeaders(202, -1);
            }
        } finally {
            exchange.close();
        }
    }

    private void next(HttpExchange exchange) throws IOException {
        boolean first;
        synchronized (this) {
            first = !handedOut;
            handedOut = true;
        }
        if (!first) {
            try {
                closing.await(); // the runtime waits for an invocation that never comes
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return;
        }
        // The RIC's native client needs Content-Type on next.
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.getResponseHeaders().add("Lambda-Runtime-Aws-Request-Id", requestId);
        exchange.getResponseHeaders().add("Lambda-Runtime-Deadline-Ms", Long.toString(System.currentTimeMillis() + 30_000));
        exchange.getResponseHeaders().add("Lambda-Runtime-Invoked-Function-Arn",
                "arn:aws:lambda:us-east-1:123456789012:function:hello");
        exchange.sendResponseHeaders(200, event.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(event);
        }
    }
}
