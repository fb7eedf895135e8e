package dev.lambdaharness.core.internal.xray;

import dev.lambdaharness.core.TraceSegment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.ArrayList;
import java.util.List;

/**
 * What functions reach at {@code AWS_XRAY_DAEMON_ADDRESS}: a UDP socket bound to 127.0.0.1 on an
 * ephemeral port, one per runtime, that keeps the segment documents it receives.
 *
 * <p>No thread reads it: a datagram sent on the loopback interface is in the socket's receive buffer
 * by the time {@code send} returns, so {@link #segments()} reads whatever is queued when it is asked,
 * and a segment a function sent before its invocation returned is always there. Its runtime also
 * drains the buffer after each invocation ({@link #drain()}), so that it never fills while a test
 * does not ask.
 *
 * <pre>{@code
 * try (XRayDaemonSink sink = XRayDaemonSink.open()) {
 *     env.put("AWS_XRAY_DAEMON_ADDRESS", sink.address());
 *     ...
 *     List<TraceSegment> segments = sink.segments();
 * }
 * }</pre>
 */
public final class XRayDaemonSink implements AutoCloseable {

    /** Where Lambda's X-Ray daemon listens: what functions are handed when there is no sink. */
    public static final String LAMBDA_DAEMON_ADDRESS = "169.254.100.1:2000";
    /** The largest datagram: the daemon's limit on a segment document is 64 KB. */
    private static final int MAX_DATAGRAM = 65_536;
    /** Room for many invocations' segments between drains. */
    private static final int RECEIVE_BUFFER = 4 * 1024 * 1024;

    private final DatagramChannel channel;
    private final String address;
    private final ByteBuffer buffer = ByteBuffer.allocate(MAX_DATAGRAM);
    private final List<TraceSegment> segments = new ArrayList<>();
    private boolean closed;

    private XRayDaemonSink(DatagramChannel channel) {
        this.channel = channel;
        this.address = LoopbackDatagrams.address(channel);
    }

    /** A sink bound to 127.0.0.1 on a port of the system's choosing. */
    public static XRayDaemonSink open() {
        return new XRayDaemonSink(LoopbackDatagrams.open(RECEIVE_BUFFER, "the X-Ray daemon sink"));
    }

    /** {@code 127.0.0.1:<port>}, as {@code AWS_XRAY_DAEMON_ADDRESS} names a daemon. */
    public String address() {
        return address;
    }

    /** The sink's port. */
    public int port() {
        return Integer.parseInt(address.substring(address.lastIndexOf(':') + 1));
    }

    /** Every segment received so far, in the order the datagrams arrived. */
    public synchronized List<TraceSegment> segments() {
        drain();
        return List.copyOf(segments);
    }

    /** Reads every datagram queued now; a datagram that is no segment document is dropped, as the daemon drops it. */
    public synchronized void drain() {
        if (closed) {
            return;
        }
        try {
            LoopbackDatagrams.receiveQueued(channel, buffer, datagram -> {
                byte[] bytes = new byte[datagram.remaining()];
                datagram.get(bytes);
                SegmentDocuments.read(bytes).ifPresent(segments::add);
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the X-Ray daemon sink: " + e.getMessage(), e);
        }
    }

    /** Reads what is queued, then closes the socket; the segments stay readable. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        drain();
        closed = true;
        LoopbackDatagrams.closeQuietly(channel);
    }
}
