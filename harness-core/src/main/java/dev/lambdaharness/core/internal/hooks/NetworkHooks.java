package dev.lambdaharness.core.internal.hooks;

import dev.lambdaharness.core.internal.network.AddressPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketException;
import java.net.URL;
import java.net.URLConnection;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.AsynchronousSocketChannel;
import java.nio.channels.CompletionHandler;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SocketChannel;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import javax.net.SocketFactory;

/**
 * The static methods that rewritten socket call sites in function code call: each checks the
 * remote address against the caller's {@link AddressPolicy} and, when it is allowed, makes the
 * original call; when it is not, fails at once with a {@link ConnectException} (or the failure
 * the original call reports its connection failures with) whose message names the address and how
 * to allow it. The caller's policy is its {@link BoundClassLoader}'s environment's; in a forked
 * child it is the one the network agent {@link #install installed} for the whole process; with
 * neither, calls pass through unchecked.
 *
 * <pre>{@code
 * new Socket("10.0.0.7", 5432)       -> NetworkHooks.newSocket("10.0.0.7", 5432, Caller.class)
 * channel.connect(address)           -> NetworkHooks.connect(channel, address, Caller.class)
 * url.openConnection()               -> NetworkHooks.openConnection(url, Caller.class)
 * client.send(request, handler)      -> NetworkHooks.send(client, request, handler, Caller.class)
 * }</pre>
 *
 * <p>{@code HttpURLConnection} and {@code HttpClient} open their sockets inside the JDK, where no
 * call site is rewritten, so they are checked where function code asks for them: the URL's or the
 * request's host (or the proxy's, for {@code openConnection(Proxy)}).
 */
public final class NetworkHooks {

    /** The policy of every caller in a process that is one function's own (a forked child), or null. */
    private static volatile AddressPolicy processPolicy;

    private NetworkHooks() {
    }

    /** Holds every rewritten call site in this process to {@code policy}: for a forked child, whose process is the function's. */
    public static void install(AddressPolicy policy) {
        processPolicy = policy;
    }

    /** For {@code new Socket(String, int)}. */
    public static Socket newSocket(String host, int port, Class<?> caller) throws IOException {
        checkHost(host, port, caller);
        return new Socket(host, port);
    }

    /** For {@code new Socket(InetAddress, int)}. */
    public static Socket newSocket(InetAddress address, int port, Class<?> caller) throws IOException {
        check(address, null, port, caller);
        return new Socket(address, port);
    }

    /** For {@code new Socket(String, int, InetAddress, int)}. */
    public static Socket newSocket(String host, int port, InetAddress localAddress, int localPort, Class<?> caller)
            throws IOException {
        checkHost(host, port, caller);
        return new Socket(host, port, localAddress, localPort);
    }

    /** For {@code new Socket(InetAddress, int, InetAddress, int)}. */
    public static Socket newSocket(InetAddress address, int port, InetAddress localAddress, int localPort,
            Class<?> caller) throws IOException {
        check(address, null, port, caller);
        return new Socket(address, port, localAddress, localPort);
    }

    /** For the deprecated {@code new Socket(String, int, boolean)}. */
    @SuppressWarnings("deprecation") // the function's own call, made as it was written
    public static Socket newSocket(String host, int port, boolean stream, Class<?> caller) throws IOException {
        checkHost(host, port, caller);
        return new Socket(host, port, stream);
    }

    /** For the deprecated {@code new Socket(InetAddress, int, boolean)}. */
    @SuppressWarnings("deprecation")
    public static Socket newSocket(InetAddress address, int port, boolean stream, Class<?> caller) throws IOException {
        check(address, null, port, caller);
        return new Socket(address, port, stream);
    }

    /** For {@code socket.connect(SocketAddress)}. */
    public static void connect(Socket socket, SocketAddress endpoint, Class<?> caller) throws IOException {
        check(endpoint, caller);
        socket.connect(endpoint);
    }

    /** For {@code socket.connect(SocketAddress, int)}. */
    public static void connect(Socket socket, SocketAddress endpoint, int timeout, Class<?> caller) throws IOException {
        check(endpoint, caller);
        socket.connect(endpoint, timeout);
    }

    /** For {@code factory.createSocket(String, int)}: the factory connects the socket itself. */
    public static Socket createSocket(SocketFactory factory, String host, int port, Class<?> caller) throws IOException {
        checkHost(host, port, caller);
        return factory.createSocket(host, port);
    }

    /** For {@code factory.createSocket(InetAddress, int)}. */
    public static Socket createSocket(SocketFactory factory, InetAddress address, int port, Class<?> caller)
            throws IOException {
        check(address, null, port, caller);
        return factory.createSocket(address, port);
    }

    /** For {@code factory.createSocket(String, int, InetAddress, int)}. */
    public static Socket createSocket(SocketFactory factory, String host, int port, InetAddress localAddress,
            int localPort, Class<?> caller) throws IOException {
        checkHost(host, port, caller);
        return factory.createSocket(host, port, localAddress, localPort);
    }

    /** For {@code factory.createSocket(InetAddress, int, InetAddress, int)}. */
    public static Socket createSocket(SocketFactory factory, InetAddress address, int port, InetAddress localAddress,
            int localPort, Class<?> caller) throws IOException {
        check(address, null, port, caller);
        return factory.createSocket(address, port, localAddress, localPort);
    }

    /** For {@code SocketChannel.open(SocketAddress)}. */
    public static SocketChannel openSocketChannel(SocketAddress remote, Class<?> caller) throws IOException {
        check(remote, caller);
        return SocketChannel.open(remote);
    }

    /** For {@code channel.connect(SocketAddress)}. */
    public static boolean connect(SocketChannel channel, SocketAddress remote, Class<?> caller) throws IOException {
        check(remote, caller);
        return channel.connect(remote);
    }

    /** For {@code channel.connect(SocketAddress)}: a refusal completes the future exceptionally, as a failed connect does. */
    public static Future<Void> connect(AsynchronousSocketChannel channel, SocketAddress remote, Class<?> caller) {
        String refusal = refusal(remote, caller);
        return refusal == null ? channel.connect(remote) : CompletableFuture.failedFuture(new ConnectException(refusal));
    }

    /** For {@code channel.connect(SocketAddress, A, CompletionHandler)}: a refusal goes to the handler. */
    public static <A> void connect(AsynchronousSocketChannel channel, SocketAddress remote, A attachment,
            CompletionHandler<Void, ? super A> handler, Class<?> caller) {
        String refusal = refusal(remote, caller);
        if (refusal == null) {
            channel.connect(remote, attachment, handler);
        } else {
            handler.failed(new ConnectException(refusal), attachment);
        }
    }

    /** For {@code socket.connect(InetAddress, int)}, which reports a failure as {@link UncheckedIOException}. */
    public static void connect(DatagramSocket socket, InetAddress address, int port, Class<?> caller) {
        String refusal = address == null ? null : refusal(address, null, port, caller);
        if (refusal != null) {
            throw new UncheckedIOException(new ConnectException(refusal));
        }
        socket.connect(address, port);
    }

    /** For {@code socket.connect(SocketAddress)}. */
    public static void connect(DatagramSocket socket, SocketAddress address, Class<?> caller) throws SocketException {
        String refusal = refusal(address, caller);
        if (refusal != null) {
            throw new ConnectException(refusal);
        }
        socket.connect(address);
    }

    /** For {@code socket.send(DatagramPacket)}; a packet without an address goes where the socket is connected, checked then. */
    public static void send(DatagramSocket socket, DatagramPacket packet, Class<?> caller) throws IOException {
        if (packet.getAddress() != null) {
            check(packet.getAddress(), null, packet.getPort(), caller);
        }
        socket.send(packet);
    }

    /** For {@code channel.connect(SocketAddress)}. */
    public static DatagramChannel connect(DatagramChannel channel, SocketAddress remote, Class<?> caller)
            throws IOException {
        check(remote, caller);
        return channel.connect(remote);
    }

    /** For {@code channel.send(ByteBuffer, SocketAddress)}. */
    public static int send(DatagramChannel channel, ByteBuffer source, SocketAddress target, Class<?> caller)
            throws IOException {
        check(target, caller);
        return channel.send(source, target);
    }

    /** For {@code url.openConnection()}: the URL's host is checked before the JDK connects to it. */
    public static URLConnection openConnection(URL url, Class<?> caller) throws IOException {
        check(url, caller);
        return url.openConnection();
    }

    /** For {@code url.openConnection(Proxy)}: through a proxy, the proxy is what is connected to. */
    public static URLConnection openConnection(URL url, Proxy proxy, Class<?> caller) throws IOException {
        if (proxy != null && proxy.type() != Proxy.Type.DIRECT) {
            check(proxy.address(), caller);
        } else {
            check(url, caller);
        }
        return url.openConnection(proxy);
    }

    /** For {@code url.openStream()}. */
    public static InputStream openStream(URL url, Class<?> caller) throws IOException {
        check(url, caller);
        return url.openStream();
    }

    /** For {@code client.send(HttpRequest, BodyHandler)}. */
    public static <T> HttpResponse<T> send(HttpClient client, HttpRequest request,
            HttpResponse.BodyHandler<T> handler, Class<?> caller) throws IOException, InterruptedException {
        String refusal = refusal(request, caller);
        if (refusal != null) {
            throw new ConnectException(refusal);
        }
        return client.send(request, handler);
    }

    /** For {@code client.sendAsync(HttpRequest, BodyHandler)}: a refusal completes the future exceptionally. */
    public static <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpClient client, HttpRequest request,
            HttpResponse.BodyHandler<T> handler, Class<?> caller) {
        String refusal = refusal(request, caller);
        return refusal == null ? client.sendAsync(request, handler)
                : CompletableFuture.failedFuture(new ConnectException(refusal));
    }

    /** For {@code client.sendAsync(HttpRequest, BodyHandler, PushPromiseHandler)}. */
    public static <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpClient client, HttpRequest request,
            HttpResponse.BodyHandler<T> handler, HttpResponse.PushPromiseHandler<T> pushes, Class<?> caller) {
        String refusal = refusal(request, caller);
        return refusal == null ? client.sendAsync(request, handler, pushes)
                : CompletableFuture.failedFuture(new ConnectException(refusal));
    }

    private static void check(InetAddress address, String hostName, int port, Class<?> caller) throws ConnectException {
        String refusal = refusal(address, hostName, port, caller);
        if (refusal != null) {
            throw new ConnectException(refusal);
        }
    }

    private static void checkHost(String host, int port, Class<?> caller) throws ConnectException {
        AddressPolicy policy = policyOf(caller);
        // A null host is the JDK's loopback address: nothing to refuse.
        String refusal = policy == null || host == null ? null : policy.refusal(host, port);
        if (refusal != null) {
            throw new ConnectException(refusal);
        }
    }

    private static void check(SocketAddress address, Class<?> caller) throws ConnectException {
        String refusal = refusal(address, caller);
        if (refusal != null) {
            throw new ConnectException(refusal);
        }
    }

    private static void check(URL url, Class<?> caller) throws ConnectException {
        AddressPolicy policy = policyOf(caller);
        String host = url.getHost();
        // file:, jar: and the like name no host: nothing leaves the process.
        String refusal = policy == null || host == null || host.isEmpty() ? null
                : policy.refusal(host, url.getPort() >= 0 ? url.getPort() : url.getDefaultPort());
        if (refusal != null) {
            throw new ConnectException(refusal);
        }
    }

    private static String refusal(HttpRequest request, Class<?> caller) {
        AddressPolicy policy = policyOf(caller);
        String host = request.uri().getHost();
        if (policy == null || host == null) {
            return null;
        }
        int port = request.uri().getPort();
        return policy.refusal(host, port >= 0 ? port : "https".equalsIgnoreCase(request.uri().getScheme()) ? 443 : 80);
    }

    private static String refusal(InetAddress address, String hostName, int port, Class<?> caller) {
        AddressPolicy policy = policyOf(caller);
        return policy == null ? null : policy.refusal(address, hostName, port);
    }

    /** Unix-domain and other non-IP addresses stay on this machine: allowed. */
    private static String refusal(SocketAddress address, Class<?> caller) {
        if (!(address instanceof InetSocketAddress inet)) {
            return null;
        }
        AddressPolicy policy = policyOf(caller);
        if (policy == null) {
            return null;
        }
        // getHostString never looks a name up: an unresolved address is judged by its name.
        return inet.isUnresolved() ? policy.refusal(inet.getHostString(), inet.getPort())
                : policy.refusal(inet.getAddress(), inet.getHostString(), inet.getPort());
    }

    private static AddressPolicy policyOf(Class<?> caller) {
        ClassLoader loader = caller.getClassLoader();
        if (loader instanceof BoundClassLoader bound) {
            return bound.environmentBinding().addressPolicy();
        }
        return processPolicy;
    }
}
