package dev.lambdaharness.core.network;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.io.InputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLConnection;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.AsynchronousSocketChannel;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SocketChannel;
import java.util.concurrent.ExecutionException;
import javax.net.SocketFactory;

/**
 * Opens one kind of socket to the address its event names ({@code "<way> <host> <port>"}) and
 * answers {@code connected} or the failure's class and message.
 */
public class ConnectsOutside implements RequestHandler<String, String> {

    @Override
    public String handleRequest(String event, Context context) {
        String[] parts = event.split(" ");
        String way = parts[0];
        String host = parts[1];
        int port = Integer.parseInt(parts[2]);
        try {
            connect(way, host, port);
            return "connected";
        } catch (ExecutionException e) {
            return e.getCause().getClass().getName() + ": " + e.getCause().getMessage();
        } catch (Exception e) {
            Throwable failure = e instanceof java.io.UncheckedIOException ? e.getCause() : e;
            return failure.getClass().getName() + ": " + failure.getMessage();
        }
    }

    private static void connect(String way, String host, int port) throws Exception {
        InetSocketAddress address = new InetSocketAddress(InetAddress.getByName(host), port);
        byte[] datagram = {1};
        switch (way) {
            case "new-socket" -> new Socket(host, port).close();
            case "new-socket-address" -> new Socket(InetAddress.getByName(host), port).close();
            case "socket-connect" -> {
                try (Socket socket = new Socket()) {
                    socket.connect(address);
                }
            }
            case "socket-factory" -> SocketFactory.getDefault().createSocket(host, port).close();
            case "channel-open" -> SocketChannel.open(address).close();
            case "channel-connect" -> {
                try (SocketChannel channel = SocketChannel.open()) {
                    channel.connect(address);
                }
            }
            case "async-channel" -> {
                try (AsynchronousSocketChannel channel = AsynchronousSocketChannel.open()) {
                    channel.connect(address).get();
                }
            }
            case "datagram-send" -> {
                try (DatagramSocket socket = new DatagramSocket()) {
                    socket.send(new DatagramPacket(datagram, 1, address));
                }
            }
            case "datagram-connect" -> {
                try (DatagramSocket socket = new DatagramSocket()) {
                    socket.connect(InetAddress.getByName(host), port);
                }
            }
            case "datagram-channel-send" -> {
                try (DatagramChannel channel = DatagramChannel.open()) {
                    channel.send(ByteBuffer.wrap(datagram), address);
                }
            }
            case "datagram-channel-connect" -> {
                try (DatagramChannel channel = DatagramChannel.open()) {
                    channel.connect(address);
                }
            }
            case "url-connection" -> {
                URLConnection connection = URI.create("http://" + host + ":" + port + "/").toURL().openConnection();
                connection.connect();
            }
            case "url-stream" -> {
                try (InputStream in = URI.create("http://" + host + ":" + port + "/").toURL().openStream()) {
                    in.read();
                }
            }
            case "http-client" -> HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + "/")).build(),
                    HttpResponse.BodyHandlers.discarding());
            case "http-client-async" -> HttpClient.newHttpClient().sendAsync(
                    HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + "/")).build(),
                    HttpResponse.BodyHandlers.discarding()).get();
            default -> throw new IllegalArgumentException("no way " + way);
        }
    }
}
