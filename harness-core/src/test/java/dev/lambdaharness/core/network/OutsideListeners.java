package dev.lambdaharness.core.network;

import dev.lambdaharness.core.internal.network.AddressPolicy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.ServerSocketChannel;

/**
 * A TCP listener and a UDP socket on 127.0.0.2, the second loopback address that the guard's tests
 * treat as outside: real endpoints a refused socket would have reached, on this machine only. Both
 * are non-blocking, so that {@link #reached()} says at once whether anything connected or arrived.
 * While they are open, {@value AddressPolicy#TREATED_AS_OUTSIDE_PROPERTY} names 127.0.0.2, for the
 * functions deployed meanwhile.
 */
final class OutsideListeners implements AutoCloseable {

    /** The address the tests treat as outside. */
    static final String HOST = "127.0.0.2";

    private final ServerSocketChannel tcp;
    private final DatagramChannel udp;
    private final boolean treatedAsOutside;

    /** Listeners on 127.0.0.2, treated as outside until they close. */
    OutsideListeners() {
        this(HOST);
    }

    private OutsideListeners(String host) {
        treatedAsOutside = host.equals(HOST);
        if (treatedAsOutside) {
            System.setProperty(AddressPolicy.TREATED_AS_OUTSIDE_PROPERTY, HOST);
        }
        try {
            InetAddress outside = InetAddress.getByName(host);
            tcp = ServerSocketChannel.open().bind(new InetSocketAddress(outside, 0));
            tcp.configureBlocking(false);
            udp = DatagramChannel.open().bind(new InetSocketAddress(outside, 0));
            udp.configureBlocking(false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Listeners on another loopback address, such as 127.0.0.1, which stays loopback. */
    static OutsideListeners on(String host) {
        return new OutsideListeners(host);
    }

    int tcpPort() {
        return tcp.socket().getLocalPort();
    }

    int udpPort() {
        return udp.socket().getLocalPort();
    }

    /** The port the way of connecting uses: the UDP one for datagrams. */
    int portFor(String way) {
        return way.startsWith("datagram") ? udpPort() : tcpPort();
    }

    /**
     * Whether a connection is waiting to be accepted or a datagram to be read. A TCP connection is
     * complete in the listener's backlog once {@code connect} returns, and a loopback datagram is
     * queued once {@code send} returns, so nothing here waits.
     */
    boolean reached() {
        try {
            return tcp.accept() != null || udp.receive(ByteBuffer.allocate(16)) != null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (treatedAsOutside) {
            System.clearProperty(AddressPolicy.TREATED_AS_OUTSIDE_PROPERTY);
        }
        try {
            tcp.close();
            udp.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
