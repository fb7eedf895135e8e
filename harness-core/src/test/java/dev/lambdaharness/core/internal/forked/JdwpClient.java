package dev.lambdaharness.core.internal.forked;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The few bytes of the Java Debug Wire Protocol a test needs to prove a real debugger can attach:
 * the handshake, {@code VirtualMachine.Version} and {@code VirtualMachine.Dispose} (which resumes
 * the VM and lets it go).
 */
final class JdwpClient implements AutoCloseable {

    static final String HANDSHAKE = "JDWP-Handshake";
    private static final int HEADER_BYTES = 11;
    private static final int REPLY_FLAG = 0x80;

    private final Socket socket;
    private final DataInputStream in;
    private final DataOutputStream out;
    private int nextId = 1;

    private JdwpClient(Socket socket) throws IOException {
        this.socket = socket;
        socket.setSoTimeout((int) TimeUnit.SECONDS.toMillis(30));
        this.in = new DataInputStream(socket.getInputStream());
        this.out = new DataOutputStream(socket.getOutputStream());
    }

    /** Connects to {@code 127.0.0.1:port} once something listens there, within {@code seconds}. */
    static JdwpClient connect(int port, long seconds) throws IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (true) {
            Socket socket = new Socket();
            try {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1000);
                return new JdwpClient(socket);
            } catch (IOException refused) {
                socket.close();
                if (System.nanoTime() > deadline) {
                    throw new IOException("Nothing listened on 127.0.0.1:" + port + " within " + seconds + " s", refused);
                }
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20)); // the child JVM is still starting
            }
        }
    }

    /** Sends the handshake and returns what the VM answered (the same 14 bytes, when it speaks JDWP). */
    String handshake() throws IOException {
        out.write(HANDSHAKE.getBytes(StandardCharsets.US_ASCII));
        out.flush();
        byte[] answer = new byte[HANDSHAKE.length()];
        in.readFully(answer);
        return new String(answer, StandardCharsets.US_ASCII);
    }

    /** {@code VirtualMachine.Version}: the target's {@code java.version}, as JDWP reports it. */
    String vmVersion() throws IOException {
        DataInputStream reply = command(1, 1);
        readString(reply); // description
        reply.readInt(); // jdwpMajor
        reply.readInt(); // jdwpMinor
        return readString(reply);
    }

    /** {@code VirtualMachine.Dispose}: the VM resumes and forgets the debugger. */
    void dispose() throws IOException {
        command(1, 6);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    /** Sends a command without data and returns its reply's data; event packets the VM sends meanwhile are skipped. */
    private DataInputStream command(int commandSet, int command) throws IOException {
        int id = nextId++;
        out.writeInt(HEADER_BYTES);
        out.writeInt(id);
        out.writeByte(0);
        out.writeByte(commandSet);
        out.writeByte(command);
        out.flush();
        while (true) {
            int length = in.readInt();
            int packetId = in.readInt();
            int flags = in.readUnsignedByte();
            int errorOrCommand = in.readUnsignedShort();
            byte[] data = new byte[length - HEADER_BYTES];
            in.readFully(data);
            if ((flags & REPLY_FLAG) != 0 && packetId == id) {
                if (errorOrCommand != 0) {
                    throw new IOException("JDWP command " + commandSet + "/" + command + " failed with error " + errorOrCommand);
                }
                return new DataInputStream(new java.io.ByteArrayInputStream(data));
            }
        }
    }

    private static String readString(DataInputStream data) throws IOException {
        byte[] bytes = new byte[data.readInt()];
        data.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
