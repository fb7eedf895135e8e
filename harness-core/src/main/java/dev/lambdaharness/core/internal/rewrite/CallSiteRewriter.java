package dev.lambdaharness.core.internal.rewrite;

import java.util.BitSet;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassTooLargeException;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodTooLargeException;

/**
 * Rewrites a function class so that its uses of {@code System.getenv}, {@code System.out} and
 * {@code err} (reads and {@code setOut}/{@code setErr}), {@code System.exit},
 * {@code Runtime.exit}/{@code halt}, {@code System.get/set/clearProperty}, process starts and
 * {@code LambdaRuntime.getLogger()} call
 * {@code dev.lambdaharness.core.internal.hooks.EnvironmentHooks} instead, passing the calling
 * class, so that each execution environment in one JVM sees its own process state; and so that its
 * sockets ({@code new Socket(host, port)}, {@code connect}, {@code SocketChannel},
 * {@code DatagramSocket}/{@code DatagramChannel} {@code connect}/{@code send}, {@code URL.openConnection},
 * {@code HttpClient.send}) go through {@code NetworkHooks}, which holds them to the loopback address.
 *
 * <pre>{@code
 * byte[] rewritten = CallSiteRewriter.rewrite(classFile);
 * byte[] toDefine = rewritten != null ? rewritten : classFile;
 * }</pre>
 *
 * <p>Not rewritten, and so still reaching the real process: reflective or
 * {@code MethodHandles.Lookup} access to these members, {@code System.getProperties()}, the
 * property readers of the JDK ({@code Integer.getInteger}, {@code Boolean.getBoolean}),
 * serializable method references to them, and classes a function defines at run time itself.
 *
 * <p>Thread-safe: it keeps no state.
 */
public final class CallSiteRewriter {

    private static final Set<HookedCall.Scope> ALL = Collections.unmodifiableSet(EnumSet.allOf(HookedCall.Scope.class));
    private static final Set<HookedCall.Scope> NETWORK = Collections.unmodifiableSet(EnumSet.of(HookedCall.Scope.NETWORK));

    private CallSiteRewriter() {
    }

    /**
     * Returns the rewritten class file, or null when the class has no call site to rewrite. The
     * decision is first made by a scan of the constant pool, so most classes are never parsed.
     * Classes in {@code java.*} and in the hooks package are never rewritten; a class file that is
     * not well formed is returned as null, for the JVM to reject when it is defined.
     *
     * @throws IllegalArgumentException when the class uses a hooked member but cannot be rewritten
     *         (a class file version newer than the bundled ASM reads, or a method that would grow
     *         past the JVM's 64 KiB limit); the message names the class
     */
    public static byte[] rewrite(byte[] classFile) {
        return rewrite(classFile, ALL);
    }

    /**
     * Returns the class file with only its socket call sites sent to {@code NetworkHooks}, or null
     * when it has none: for a forked child, whose process state is its own already.
     *
     * @throws IllegalArgumentException as {@link #rewrite(byte[])}
     */
    public static byte[] rewriteNetworkCalls(byte[] classFile) {
        return rewrite(classFile, NETWORK);
    }

    private static byte[] rewrite(byte[] classFile, Set<HookedCall.Scope> scopes) {
        Objects.requireNonNull(classFile, "classFile");
        if (!ConstantPoolScan.mayUseHookedMember(classFile, scopes)) {
            return null;
        }
        ClassReader reader;
        try {
            reader = new ClassReader(classFile);
        } catch (IllegalArgumentException unsupported) {
            throw new IllegalArgumentException("Lambda Harness cannot rewrite a class that uses System.getenv, "
                    + "System.out, System.exit, system properties or sockets: " + unsupported.getMessage()
                    + ". Run this function with forked isolation, or build it for a Java version this "
                    + "harness supports.", unsupported);
        }
        BitSet methods = MethodsWithCallSites.in(reader, scopes);
        if (methods.isEmpty()) {
            return null;
        }
        // Nothing computed: the rewrite never changes the types on the stack at a branch target,
        // so frames stay valid (computing them would load classes mid-definition), and the visitor
        // knows the new max_stack. Built on the reader, the writer copies unchanged methods as-is.
        ClassWriter writer = new ClassWriter(reader, 0);
        CallSiteClassVisitor visitor = new CallSiteClassVisitor(writer, methods, scopes);
        reader.accept(visitor, 0);
        if (!visitor.changed()) {
            return null;
        }
        try {
            return writer.toByteArray();
        } catch (ClassTooLargeException | MethodTooLargeException tooLarge) {
            throw new IllegalArgumentException("Lambda Harness cannot rewrite class "
                    + reader.getClassName().replace('/', '.') + ": " + tooLarge.getMessage()
                    + " once its System calls are redirected. Run this function with forked isolation.",
                    tooLarge);
        }
    }
}
