package dev.lambdaharness.core.internal.runtimeapi;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The Lambda Runtime API (2018-06-01) of one execution environment, on {@code 127.0.0.1} and an
 * ephemeral port. A runtime client polls {@code GET /2018-06-01/runtime/invocation/next}, which
 * blocks until {@link #submit} queues an invocation, and posts the result to
 * {@code /runtime/invocation/{id}/response} or {@code /error}, or a failed INIT to
 * {@code /runtime/init/error}. Status codes and bodies are RAPID's: {@code 202 {"status":"OK"}},
 * {@code 400 InvalidRequestID} for a request id that is not the current invocation's,
 * {@code 403 InvalidStateTransition} for a post the runtime's state does not allow (a second post
 * for one invocation), {@code 413 RequestEntityTooLarge} for a response above
 * {@link RapidErrors#MAX_PAYLOAD_SIZE} bytes.
 *
 * <p>Invocations are handed out one per {@code next}, in the order they were submitted; the
 * harness submits the next one only after the previous one ended, as Lambda does. A {@code next}
 * whose caller has gone (it closed the connection while waiting) no longer takes an invocation:
 * the next {@code next} gets it. A {@code next} while an invocation runs (a handler calling the
 * Runtime API itself) is answered at once with that same invocation, as RAPID answers it from its
 * running state, and changes nothing: the runtime's post for it is still accepted.
 *
 * <pre>{@code
 * try (RuntimeApiServer api = RuntimeApiServer.start(listener)) {
 *     // start the runtime with AWS_LAMBDA_RUNTIME_API=api.address()
 *     api.submit(new RuntimeApiInvocation(UUID.randomUUID().toString(), "{}".getBytes(UTF_8),
 *             System.currentTimeMillis() + 3_000, "arn:aws:lambda:us-east-1:123456789012:function:f",
 *             null, null, null, null, null));
 *     // the listener's onPost reports the response
 * }
 * }</pre>
 */
public final class RuntimeApiServer implements AutoCloseable {

    /** The version segment every Runtime API path starts with. */
    public static final String VERSION = "2018-06-01";

    /**
     * Not a Runtime API path: a spare environment's child calls it once it has started its JVM and
     * runtime client, and its answer comes when {@link #releaseSpare()} makes the spare an environment.
     */
    public static final String SPARE_START_PATH = "/lambda-harness/spare/start";

    private static final String RUNTIME = "/" + VERSION + "/runtime/";
    private static final String NEXT = RUNTIME + "invocation/next";
    private static final String INIT_ERROR = RUNTIME + "init/error";
    private static final String INVOCATION = RUNTIME + "invocation/";
    private static final List<Map.Entry<String, String>> JSON = List.of(Map.entry("Content-Type", "application/json"));
    private static final AtomicInteger SERVERS = new AtomicInteger();

    /** How often a waiting {@code next} checks that its caller is still connected. */
    private static final long PEER_CHECK_MS = 100;

    private final ServerSocket serverSocket;
    private final RuntimeApiListener listener;
    private final BlockingDeque<RuntimeApiInvocation> queue = new LinkedBlockingDeque<>();
    private final Set<Connection> connections = ConcurrentHashMap.newKeySet();
    private final CountDownLatch spareRelease = new CountDownLatch(1);
    private final AtomicBoolean spareWaited = new AtomicBoolean();
    private final Object lock = new Object();
    private final String name;
    private RuntimeState state = RuntimeState.STARTED;
    private RuntimeApiInvocation current;
    private volatile boolean closed;

    private RuntimeApiServer(ServerSocket serverSocket, RuntimeApiListener listener) {
        this.serverSocket = serverSocket;
        this.listener = listener;
        this.name = "lambda-harness-runtime-api-" + SERVERS.incrementAndGet();
    }

    /**
     * Binds a new Runtime API to {@code 127.0.0.1} on an ephemeral port and starts serving.
     *
     * @param listener told about every {@code next} and every accepted post; {@link RuntimeApiListener#NONE} for none
     */
    public static RuntimeApiServer start(RuntimeApiListener listener) {
        ServerSocket socket = null;
        try {
            socket = new ServerSocket();
            socket.bind(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0), 50);
            RuntimeApiServer server = new RuntimeApiServer(socket, listener == null ? RuntimeApiListener.NONE : listener);
            Thread acceptor = new Thread(server::acceptLoop, server.name + "-accept");
            acceptor.setDaemon(true);
            acceptor.start();
            return server;
        } catch (IOException e) {
            closeQuietly(socket);
            throw new UncheckedIOException("Could not open the Runtime API on 127.0.0.1 (an ephemeral port): " + e.getMessage(), e);
        }
    }

    /** {@code 127.0.0.1:<port>}, the value of {@code AWS_LAMBDA_RUNTIME_API}. */
    public String address() {
        return "127.0.0.1:" + port();
    }

    /** The port the server listens on. */
    public int port() {
        return serverSocket.getLocalPort();
    }

    /** Queues an invocation for the runtime's next (or pending) {@code next} call. */
    public void submit(RuntimeApiInvocation invocation) {
        if (closed) {
            throw new IllegalStateException("This Runtime API (" + address() + ") is closed; start a new one for a new environment.");
        }
        queue.add(invocation);
    }

    /** Answers the spare's waiting call (at once, if it comes later), so its child goes on with INIT. */
    public void releaseSpare() {
        spareRelease.countDown();
    }

    /** Whether {@link #close()} was called. */
    public boolean isClosed() {
        return closed;
    }

    /** Stops serving: closes the listening socket and every connection, ending blocked {@code next} calls. */
    @Override
    public void close() {
        closed = true;
        closeQuietly(serverSocket);
        for (Connection connection : connections) {
            connection.abort();
        }
    }

    RuntimeState state() {
        synchronized (lock) {
            return state;
        }
    }

    private void acceptLoop() {
        int count = 0;
        while (!closed) {
            Socket socket;
            try {
                socket = serverSocket.accept();
            } catch (IOException e) {
                return; // closed
            }
            Connection connection = new Connection(socket);
            connections.add(connection);
            Thread thread = new Thread(connection, name + "-connection-" + ++count);
            thread.setDaemon(true);
            connection.thread = thread;
            thread.start();
            if (closed) {
                connection.abort();
            }
        }
    }

    private final class Connection implements Runnable {
        private final Socket socket;
        private volatile Thread thread;
        private BufferedInputStream in;

        Connection(Socket socket) {
            this.socket = socket;
        }

        @Override
        public void run() {
            try {
                socket.setTcpNoDelay(true);
                in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
                HttpWire wire = new HttpWire(in, socket.getOutputStream());
                while (!closed) {
                    HttpRequestHead head = wire.readHead();
                    if (head == null || !handle(head, wire, this) || !head.keepAlive()) {
                        return;
                    }
                }
            } catch (SocketException | InterruptedException e) {
                // the runtime went away or the server is closing: nothing to answer
            } catch (IOException e) {
                // a truncated or malformed request: the connection cannot be trusted any more
            } finally {
                connections.remove(this);
                closeQuietly(socket);
            }
        }

        /**
         * Whether the caller has closed its end: a read that ends the stream at once. A caller still
         * waiting sends nothing, so the read times out after a millisecond; bytes it did send (a
         * pipelined request) stay buffered for the next {@code readHead}.
         */
        boolean callerGone() {
            try {
                socket.setSoTimeout(1);
                in.mark(1);
                if (in.read() < 0) {
                    return true;
                }
                in.reset();
                return false;
            } catch (SocketTimeoutException e) {
                return false;
            } catch (IOException e) {
                return true;
            } finally {
                try {
                    socket.setSoTimeout(0);
                } catch (SocketException e) {
                    // closed meanwhile: the next read says so
                }
            }
        }

        void abort() {
            closeQuietly(socket);
            Thread t = thread;
            if (t != null) {
                t.interrupt();
            }
        }
    }

    /** Serves one request; returns false when the connection must close. */
    private boolean handle(HttpRequestHead head, HttpWire wire, Connection connection) throws IOException, InterruptedException {
        String path = head.path();
        if (path.equals(NEXT)) {
            return head.method().equals("GET") ? next(head, wire, connection) : methodNotAllowed(head, wire);
        }
        if (path.equals(SPARE_START_PATH) && head.method().equals("GET") && spareWaited.compareAndSet(false, true)) {
            wire.readBody(head, 0);
            notifyListener(listener::onSpareWaiting);
            spareRelease.await();
            wire.writeResponse(200, "OK", List.of(), new byte[0], false);
            return true;
        }
        if (path.equals(INIT_ERROR)) {
            return head.method().equals("POST") ? initError(head, wire) : methodNotAllowed(head, wire);
        }
        if (path.startsWith(INVOCATION)) {
            String rest = path.substring(INVOCATION.length());
            int slash = rest.indexOf('/');
            if (slash > 0 && slash == rest.lastIndexOf('/')) {
                String requestId = rest.substring(0, slash);
                RuntimePost.Kind kind = switch (rest.substring(slash + 1)) {
                    case "response" -> RuntimePost.Kind.RESPONSE;
                    case "error" -> RuntimePost.Kind.ERROR;
                    default -> null;
                };
                if (kind != null) {
                    return head.method().equals("POST") ? post(kind, requestId, head, wire) : methodNotAllowed(head, wire);
                }
            }
        }
        wire.readBody(head, 0);
        // Go's http.NotFound, which RAPID's router answers unknown paths with.
        wire.writeResponse(404, "Not Found",
                List.of(Map.entry("Content-Type", "text/plain; charset=utf-8"), Map.entry("X-Content-Type-Options", "nosniff")),
                "404 page not found\n".getBytes(StandardCharsets.UTF_8), false);
        return true;
    }

    private static boolean methodNotAllowed(HttpRequestHead head, HttpWire wire) throws IOException {
        wire.readBody(head, 0);
        wire.writeResponse(405, "Method Not Allowed", List.of(), new byte[0], false);
        return true;
    }

    private boolean next(HttpRequestHead head, HttpWire wire, Connection connection) throws IOException, InterruptedException {
        wire.readBody(head, 0);
        byte[] refusal = null;
        RuntimeApiInvocation running = null;
        synchronized (lock) {
            if (state == RuntimeState.INIT_ERROR) {
                refusal = invalidTransition(RuntimeState.READY.rapidName());
            } else if (state == RuntimeState.RUNNING) {
                running = current; // RAPID's running state allows Ready() and renders the current event again
            } else {
                state = RuntimeState.READY;
            }
        }
        if (refusal != null) {
            wire.writeResponse(403, "Forbidden", JSON, refusal, false);
            return true;
        }
        if (running != null) {
            wire.writeResponse(200, "OK", invocationHeaders(running), running.payload(), false);
            return true;
        }
        notifyListener(listener::onNextRequested);
        RuntimeApiInvocation invocation = awaitInvocation(connection);
        if (invocation == null) {
            return false; // the caller has gone; the invocation waits for the next next
        }
        synchronized (lock) {
            state = RuntimeState.RUNNING;
            current = invocation;
        }
        notifyListener(() -> listener.onInvocationDelivered(invocation));
        wire.writeResponse(200, "OK", invocationHeaders(invocation), invocation.payload(), false);
        return true;
    }

    /**
     * The next invocation, or null when the caller closed its connection while it waited. Only a
     * wait checks the caller: an invocation already queued goes out at once.
     */
    private RuntimeApiInvocation awaitInvocation(Connection connection) throws InterruptedException {
        while (true) {
            RuntimeApiInvocation invocation = queue.poll(PEER_CHECK_MS, TimeUnit.MILLISECONDS);
            if (invocation != null) {
                return invocation;
            }
            if (connection.callerGone()) {
                return null;
            }
        }
    }

    private static List<Map.Entry<String, String>> invocationHeaders(RuntimeApiInvocation invocation) {
        // Sorted by name, as Go writes them; optional headers only when set, as RAPID does.
        List<Map.Entry<String, String>> headers = new ArrayList<>(8);
        headers.add(Map.entry("Content-Type", invocation.effectiveContentType()));
        headers.add(Map.entry("Lambda-Runtime-Aws-Request-Id", invocation.requestId()));
        addIfSet(headers, "Lambda-Runtime-Aws-Tenant-Id", invocation.tenantId());
        addIfSet(headers, "Lambda-Runtime-Client-Context", invocation.clientContextJson());
        addIfSet(headers, "Lambda-Runtime-Cognito-Identity", invocation.cognitoIdentityJson());
        headers.add(Map.entry("Lambda-Runtime-Deadline-Ms", Long.toString(invocation.deadlineEpochMs())));
        headers.add(Map.entry("Lambda-Runtime-Invoked-Function-Arn", invocation.invokedFunctionArn()));
        addIfSet(headers, "Lambda-Runtime-Trace-Id", invocation.traceId());
        return headers;
    }

    private static void addIfSet(List<Map.Entry<String, String>> headers, String name, String value) {
        if (value != null && !value.isEmpty()) {
            headers.add(Map.entry(name, value));
        }
    }

    private boolean post(RuntimePost.Kind kind, String requestId, HttpRequestHead head, HttpWire wire) throws IOException {
        long keep = kind == RuntimePost.Kind.RESPONSE ? RapidErrors.MAX_PAYLOAD_SIZE : Integer.MAX_VALUE - 64;
        HttpWire.Body body = wire.readBody(head, keep);
        RuntimePost post = null;
        int status;
        byte[] reply;
        synchronized (lock) {
            if (current == null || !requestId.equals(current.requestId())) {
                status = 400;
                reply = RapidErrors.invalidRequestId();
            } else if (state != RuntimeState.RUNNING) {
                status = 403;
                reply = invalidTransition(kind == RuntimePost.Kind.RESPONSE
                        ? RuntimeState.INVOCATION_RESPONSE : RuntimeState.INVOCATION_ERROR_RESPONSE);
            } else if (kind == RuntimePost.Kind.RESPONSE && body.length() > RapidErrors.MAX_PAYLOAD_SIZE) {
                // RAPID answers the caller with Function.ResponseSizeTooLarge and counts the response as sent.
                state = RuntimeState.RESPONSE_SENT;
                status = 413;
                reply = RapidErrors.requestEntityTooLarge();
                post = new RuntimePost(RuntimePost.Kind.RESPONSE_TOO_LARGE, requestId, new byte[0], body.length(), head.headers());
            } else {
                state = RuntimeState.RESPONSE_SENT;
                status = 202;
                reply = RapidErrors.accepted();
                post = new RuntimePost(kind, requestId, body.kept(), body.length(), head.headers());
            }
        }
        if (post != null) {
            RuntimePost accepted = post;
            notifyListener(() -> listener.onPost(accepted));
        }
        wire.writeResponse(status, reason(status), JSON, reply, false);
        return true;
    }

    private boolean initError(HttpRequestHead head, HttpWire wire) throws IOException {
        HttpWire.Body body = wire.readBody(head, Integer.MAX_VALUE - 64);
        RuntimePost post = null;
        byte[] refusal = null;
        synchronized (lock) {
            if (state != RuntimeState.STARTED) {
                refusal = invalidTransition(RuntimeState.INIT_ERROR.rapidName());
            } else {
                state = RuntimeState.INIT_ERROR;
                post = new RuntimePost(RuntimePost.Kind.INIT_ERROR, null, body.kept(), body.length(), head.headers());
            }
        }
        if (refusal != null) {
            wire.writeResponse(403, "Forbidden", JSON, refusal, false);
            return true;
        }
        RuntimePost accepted = post;
        notifyListener(() -> listener.onPost(accepted));
        wire.writeResponse(202, "Accepted", JSON, RapidErrors.accepted(), false);
        return true;
    }

    /** RAPID's 403 body for a call the current state does not allow; must be called holding {@link #lock}. */
    private byte[] invalidTransition(String to) {
        return RapidErrors.invalidStateTransition(state.rapidName(), to);
    }

    private static String reason(int status) {
        return switch (status) {
            case 202 -> "Accepted";
            case 400 -> "Bad Request";
            case 403 -> "Forbidden";
            case 413 -> "Request Entity Too Large";
            default -> "Status " + status;
        };
    }

    private void notifyListener(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            // A listener bug must not stall the runtime: it would then hang in next or on its post.
            System.err.println(name + ": the Runtime API listener failed: " + e);
            e.printStackTrace();
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception e) {
            // closing on the way out; nothing left to tell anyone
        }
    }
}
