package dev.lambdaharness.core.internal.rewrite.probe;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.util.List;

/** Socket constructors in the shapes javac compiles them to, and a subclass whose {@code super(...)} must stay. */
public class SocketProbe extends Socket {

    /** {@code super(host, port)}: an {@code INVOKESPECIAL <init>} without a {@code NEW}, left as it is. */
    public SocketProbe(String host, int port) throws IOException {
        super(host, port);
    }

    /** {@code new Socket(...)} by name or by address. */
    public static Socket make(boolean byName, String host, int port) throws IOException {
        return byName ? new Socket(host, port) : new Socket(InetAddress.getByName(host), port);
    }

    /** A constructor call with a branch between its {@code NEW} and its {@code <init>}, among another call's arguments. */
    public static List<Socket> nested(String host, int port) throws IOException {
        return List.of(new Socket(host.isEmpty() ? "localhost" : host, port));
    }

    /** A subclass made with {@code new}: its own constructor is not hooked. */
    public static Socket subclass(String host, int port) throws IOException {
        return new SocketProbe(host, port);
    }
}
