package dev.lambdaharness.core.internal.xray;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaharness.core.TraceSegment;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Datagrams as the X-Ray daemon protocol has them, sent by hand to the sink on the loopback address. */
class XRayDaemonSinkTest {

    private static final String HEADER = "{\"format\": \"json\", \"version\": 1}\n";
    private static final String SEGMENT = "{\"name\":\"orders\",\"id\":\"70de5b6f19ff9a0a\",\"start_time\":1.478293361271E9,"
            + "\"trace_id\":\"1-581cf771-a006649127e371903a2de979\",\"end_time\":1.478293361449E9}";

    private final XRayDaemonSink sink = XRayDaemonSink.open();

    @AfterEach
    void close() {
        sink.close();
    }

    @Test
    void listensOnTheLoopbackAddressOnAnEphemeralPort() {
        assertThat(sink.address()).isEqualTo("127.0.0.1:" + sink.port());
        assertThat(sink.port()).isPositive();
        assertThat(sink.address()).isNotEqualTo(XRayDaemonSink.LAMBDA_DAEMON_ADDRESS);
    }

    @Test
    void keepsEachSegmentDocumentWithItsFields() throws IOException {
        String subsegment = "{\"name\":\"DynamoDB\",\"id\":\"53995c3f42cd8ad8\",\"start_time\":1478293361.5,"
                + "\"trace_id\":\"1-581cf771-a006649127e371903a2de979\",\"parent_id\":\"70de5b6f19ff9a0a\","
                + "\"type\":\"subsegment\",\"in_progress\":true}";
        send(HEADER + SEGMENT);
        send(HEADER + subsegment);

        List<TraceSegment> segments = sink.segments();

        assertThat(segments).hasSize(2);
        TraceSegment segment = segments.get(0);
        assertThat(segment.name()).isEqualTo("orders");
        assertThat(segment.id()).isEqualTo("70de5b6f19ff9a0a");
        assertThat(segment.traceId()).isEqualTo("1-581cf771-a006649127e371903a2de979");
        assertThat(segment.type()).isEqualTo("segment");
        assertThat(segment.parentId()).isEmpty();
        assertThat(segment.startTime()).isEqualTo(Instant.ofEpochSecond(1_478_293_361L, 271_000_000L));
        assertThat(segment.endTime()).contains(Instant.ofEpochSecond(1_478_293_361L, 449_000_000L));
        assertThat(segment.json()).isEqualTo(SEGMENT);
        TraceSegment inProgress = segments.get(1);
        assertThat(inProgress.type()).isEqualTo("subsegment");
        assertThat(inProgress.parentId()).contains("70de5b6f19ff9a0a");
        assertThat(inProgress.endTime()).isEmpty();
        assertThat(inProgress.startTime()).isEqualTo(Instant.ofEpochSecond(1_478_293_361L, 500_000_000L));
    }

    @Test
    void dropsWhatIsNoSegmentDocumentAsTheDaemonDoes() throws IOException {
        send(SEGMENT);
        send("{\"format\": \"text\", \"version\": 1}\n" + SEGMENT);
        send(HEADER + "not json");
        send(HEADER + "{\"name\":\"no id\",\"start_time\":1}");
        send(HEADER + SEGMENT);

        assertThat(sink.segments()).extracting(TraceSegment::name).containsExactly("orders");
    }

    @Test
    void keepsWhatArrivedBeforeItClosed() throws IOException {
        send(HEADER + SEGMENT);

        sink.close();

        assertThat(sink.segments()).hasSize(1);
    }

    private void send(String datagram) throws IOException {
        byte[] bytes = datagram.getBytes(StandardCharsets.UTF_8);
        try (DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            socket.send(new DatagramPacket(bytes, bytes.length, InetAddress.getLoopbackAddress(), sink.port()));
        }
    }
}
