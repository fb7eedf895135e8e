package dev.lambdaharness.core.internal.inprocess;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Routes {@code System.out} and {@code System.err} of the test JVM to the environment bound to the
 * writing thread. JDK code that prints for a function ({@code Throwable.printStackTrace()},
 * {@code java.util.logging}'s console handler) reads the JVM-wide streams, which rewritten call
 * sites cannot reach, so the streams themselves are replaced once by routers that fall through to
 * the original streams for every thread no environment owns. Threads a handler starts inherit its
 * binding.
 */
final class StandardStreams {

    private static final InheritableThreadLocal<InvocationLog> BOUND = new InheritableThreadLocal<>();
    private static boolean installed;

    private StandardStreams() {
    }

    /** Replaces the JVM's standard streams with routers, once. */
    static synchronized void install() {
        if (installed) {
            return;
        }
        System.setOut(router(System.out, false));
        System.setErr(router(System.err, true));
        installed = true;
    }

    /** Binds the current thread (and threads it starts from now on) to an environment's log. */
    static void bind(InvocationLog log) {
        BOUND.set(log);
    }

    /** Unbinds the current thread. */
    static void unbind() {
        BOUND.remove();
    }

    /** A stream writing to the given log, for an environment's own {@code System.out}/{@code err}. */
    static PrintStream streamFor(InvocationLog log, boolean stderr) {
        return new PrintStream(new OutputStream() {
            @Override
            public void write(int b) {
                log.write(stderr, new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                log.write(stderr, bytes, offset, length);
            }
        }, true, StandardCharsets.UTF_8);
    }

    private static PrintStream router(PrintStream original, boolean stderr) {
        return new PrintStream(new OutputStream() {
            @Override
            public void write(int b) {
                InvocationLog log = BOUND.get();
                if (log != null) {
                    log.write(stderr, new byte[] {(byte) b}, 0, 1);
                } else {
                    original.write(b);
                }
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                InvocationLog log = BOUND.get();
                if (log != null) {
                    log.write(stderr, bytes, offset, length);
                } else {
                    original.write(bytes, offset, length);
                }
            }

            @Override
            public void flush() {
                original.flush();
            }
        }, true, StandardCharsets.UTF_8);
    }
}
