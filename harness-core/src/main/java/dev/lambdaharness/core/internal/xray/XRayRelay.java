package dev.lambdaharness.core.internal.xray;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.Objects;

/**
 * The X-Ray daemon address of a child started before anyone knew which runtime would adopt it (a
 * spare of a suite-wide pool): a UDP socket on 127.0.0.1 that passes what it receives on to the
 * adopting runtime's {@link XRayDaemonSink}. A child's environment is fixed when it starts, so it is
 * handed this socket's address, and the relay learns its destination on adoption.
 *
 * <p>No thread reads it, as none reads the sink: its environment calls {@link #forward()} after each
 * invocation, before the runtime drains its sink, so a segment sent before an invocation returned is
 * in the runtime's segments once it has, as without a relay.
 *
 * <pre>{@code
 * try (XRayRelay relay = XRayRelay.open()) {
 *     env.put("AWS_XRAY_DAEMON_ADDRESS", relay.address());   // when the child starts
 *     relay.forwardTo(runtimeSink.address());                // when a runtime adopts it
 *     relay.forward();                                       // after each invocation
 * }
 * }</pre>
 */
public final class XRayRelay implements AutoCloseable {

    private static final int MAX_DATAGRAM = 65_536;

    private final DatagramChannel channel;
    private final String address;
    private final ByteBuffer buffer = ByteBuffer.allocate(MAX_DATAGRAM);
    private InetSocketAddress destination;
    private boolean closed;

    private XRayRelay(DatagramChannel channel) {
        this.channel = channel;
        this.address = LoopbackDatagrams.address(channel);
    }

    /** A relay bound to 127.0.0.1 on a port of the system's choosing, with no destination yet. */
    public static XRayRelay open() {
        return new XRayRelay(LoopbackDatagrams.open(0, "an X-Ray relay"));
    }

    /** {@code 127.0.0.1:<port>}, what the child is handed as {@code AWS_XRAY_DAEMON_ADDRESS}. */
    public String address() {
        return address;
    }

    /** Where received segments go from now on: a {@code host:port} on loopback, a runtime's sink. */
    public synchronized void forwardTo(String hostAndPort) {
        Objects.requireNonNull(hostAndPort, "hostAndPort");
        int colon = hostAndPort.lastIndexOf(':');
        destination = new InetSocketAddress(hostAndPort.substring(0, colon), Integer.parseInt(hostAndPort.substring(colon + 1)));
    }

    /**
     * Sends every datagram queued now to the destination; without one they are dropped, as a daemon
     * that is not there drops them. A loopback send is in the sink's buffer when it returns.
     */
    public synchronized void forward() {
        if (closed) {
            return;
        }
        try {
            LoopbackDatagrams.receiveQueued(channel, buffer, datagram -> {
                if (destination != null) {
                    channel.send(datagram, destination);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Could not relay X-Ray segments to " + destination + ": " + e.getMessage(), e);
        }
    }

    /** Forwards what is queued, then closes the socket. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        try {
            forward();
        } catch (UncheckedIOException e) {
            // The runtime's sink is closed already: its segments were read when it closed.
        }
        closed = true;
        LoopbackDatagrams.closeQuietly(channel);
    }
}
