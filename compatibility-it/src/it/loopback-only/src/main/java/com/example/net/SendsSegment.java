package com.example.net;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;

/**
 * Sends one subsegment to the X-Ray daemon as the daemon protocol has it (a JSON header line, then
 * the document), to the address Lambda hands it in AWS_XRAY_DAEMON_ADDRESS.
 */
public class SendsSegment implements RequestHandler<String, String> {

    @Override
    public String handleRequest(String name, Context context) {
        String daemon = System.getenv("AWS_XRAY_DAEMON_ADDRESS");
        String traceHeader = System.getProperty("com.amazonaws.xray.traceHeader");
        String root = traceHeader.substring(traceHeader.indexOf("Root=") + 5, traceHeader.indexOf(';'));
        double now = System.currentTimeMillis() / 1000.0;
        String document = "{\"format\": \"json\", \"version\": 1}\n{\"name\":\"" + name + "\",\"id\":\"70de5b6f19ff9a0a\","
                + "\"trace_id\":\"" + root + "\",\"type\":\"subsegment\",\"parent_id\":\"53995c3f42cd8ad8\","
                + "\"start_time\":" + now + ",\"end_time\":" + now + "}";
        byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
        try (DatagramSocket socket = new DatagramSocket()) {
            String host = daemon.substring(0, daemon.lastIndexOf(':'));
            int port = Integer.parseInt(daemon.substring(daemon.lastIndexOf(':') + 1));
            socket.send(new DatagramPacket(bytes, bytes.length, InetAddress.getByName(host), port));
        } catch (Exception e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
        return daemon;
    }
}
