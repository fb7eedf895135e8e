package dev.lambdaharness.core.internal.forked;

import dev.lambdaharness.core.InvalidConfigurationException;
import dev.lambdaharness.core.InvocationRejectedException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;

/**
 * Which forked environment of this JVM holds which debug port: only one child at a time can listen
 * on a port, so a second environment that needs it while the first lives is refused, the way Lambda
 * throttles an invocation beyond a function's concurrency.
 */
final class DebugPorts {

    /** Lambda's error code for an invocation beyond the concurrency available. */
    static final String THROTTLED = "TooManyRequestsException";

    private static final Map<Integer, Holder> HOLDERS = new HashMap<>();

    private DebugPorts() {
    }

    /**
     * Takes {@code port} for {@code owner}, described as {@code description} in a later refusal.
     *
     * @throws InvocationRejectedException   when another environment of this JVM holds the port
     * @throws InvalidConfigurationException when another process listens on it
     */
    static synchronized void claim(int port, Object owner, String description) {
        Holder current = HOLDERS.get(port);
        if (current != null && current.owner == owner) {
            return; // an environment whose launch failed after its claim tries again
        }
        if (current != null) {
            throw new InvocationRejectedException(THROTTLED, description + " needs debug port " + port + ", which "
                    + current.description
                    + " holds: one forked environment at a time listens for the debugger. Invoke one at a time while"
                    + " debugging (Lambda answers " + THROTTLED + " beyond a function's concurrency), or close the other"
                    + " environment's LambdaRuntime first.");
        }
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        } catch (IOException e) {
            InvalidConfigurationException taken = new InvalidConfigurationException("debugPort", Integer.toString(port),
                    null, "Debug port " + port + " on 127.0.0.1 is taken by another process (" + e.getMessage()
                            + "). Choose a free port with LambdaRuntime.builder().debugPort(...), or stop what"
                            + " listens there.");
            taken.initCause(e); // front ends that name the port their own way (the command line) give its reason
            throw taken;
        }
        HOLDERS.put(port, new Holder(owner, description));
    }

    /** Gives {@code port} back, if {@code owner} holds it. */
    static synchronized void release(int port, Object owner) {
        Holder current = HOLDERS.get(port);
        if (current != null && current.owner == owner) {
            HOLDERS.remove(port);
        }
    }

    private record Holder(Object owner, String description) {
    }
}
