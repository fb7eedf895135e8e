package com.example.net;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.net.InetSocketAddress;
import java.nio.channels.SocketChannel;

/** Connects to the {@code host:port} it is given, as a metrics library probing an endpoint does. */
public class CallsOut implements RequestHandler<String, String> {

    @Override
    public String handleRequest(String hostAndPort, Context context) {
        String host = hostAndPort.substring(0, hostAndPort.lastIndexOf(':'));
        int port = Integer.parseInt(hostAndPort.substring(hostAndPort.lastIndexOf(':') + 1));
        try (SocketChannel channel = SocketChannel.open()) {
            channel.connect(new InetSocketAddress(host, port));
            return "connected";
        } catch (Exception e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }
}
