package dev.lambdaharness.core.network;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;

/** Sends as many subsegments as its event says to AWS_XRAY_DAEMON_ADDRESS, as the daemon protocol has them. */
public class SendsSegments implements RequestHandler<Integer, Integer> {

    @Override
    public Integer handleRequest(Integer count, Context context) {
        String daemon = System.getenv("AWS_XRAY_DAEMON_ADDRESS");
        try (DatagramSocket socket = new DatagramSocket()) {
            InetAddress host = InetAddress.getByName(daemon.substring(0, daemon.lastIndexOf(':')));
            int port = Integer.parseInt(daemon.substring(daemon.lastIndexOf(':') + 1));
            for (int i = 0; i < count; i++) {
                byte[] datagram = ("{\"format\": \"json\", \"version\": 1}\n{\"name\":\"s" + i + "\",\"id\":\"70de5b6f19ff9a0a\","
                        + "\"trace_id\":\"1-5759e988-bd862e3fe1be46a994272793\",\"type\":\"subsegment\","
                        + "\"start_time\":1478293361.5}").getBytes(StandardCharsets.UTF_8);
                socket.send(new DatagramPacket(datagram, datagram.length, host, port));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return count;
    }
}
