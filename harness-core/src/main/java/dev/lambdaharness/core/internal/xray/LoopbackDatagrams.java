package dev.lambdaharness.core.internal.xray;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;

/**
 * The UDP sockets the X-Ray daemon's stand-ins listen on: bound to 127.0.0.1 on an ephemeral port,
 * non-blocking, since no thread waits on them.
 *
 * <pre>{@code
 * DatagramChannel channel = LoopbackDatagrams.open(0, "the X-Ray relay");
 * String address = LoopbackDatagrams.address(channel);   // 127.0.0.1:<port>
 * }</pre>
 */
final class LoopbackDatagrams {

    private LoopbackDatagrams() {
    }

    /**
     * @param receiveBuffer the socket's receive buffer in bytes, 0 for the system's default
     * @param what          what the socket is, for the message when it cannot be opened
     */
    static DatagramChannel open(int receiveBuffer, String what) {
        DatagramChannel channel = null;
        try {
            channel = DatagramChannel.open();
            if (receiveBuffer > 0) {
                channel.setOption(StandardSocketOptions.SO_RCVBUF, receiveBuffer);
            }
            channel.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            channel.configureBlocking(false);
            return channel;
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("Could not open " + what + " on 127.0.0.1: " + e.getMessage(), e);
        }
    }

    /** {@code 127.0.0.1:<port>}, as {@code AWS_XRAY_DAEMON_ADDRESS} names a daemon. */
    static String address(DatagramChannel channel) {
        try {
            InetSocketAddress local = (InetSocketAddress) channel.getLocalAddress();
            return local.getAddress().getHostAddress() + ":" + local.getPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void closeQuietly(DatagramChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // Closing a datagram socket has nothing to flush.
            }
        }
    }

    /** What is done with each datagram read; its buffer is flipped, ready to read. */
    interface Datagrams {
        void each(ByteBuffer datagram) throws IOException;
    }

    /** Reads every datagram queued now into {@code buffer}, one at a time, and hands each on. */
    static void receiveQueued(DatagramChannel channel, ByteBuffer buffer, Datagrams datagrams) throws IOException {
        while (true) {
            buffer.clear();
            if (channel.receive(buffer) == null) {
                return;
            }
            buffer.flip();
            datagrams.each(buffer);
        }
    }
}
