package dev.lambdaharness.core.internal.rewrite;

import java.util.BitSet;
import java.util.Objects;

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
 * class, so that each execution environment in one JVM sees its own process state.
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
        Objects.requireNonNull(classFile, "classFile");
        if (!ConstantPoolScan.mayUseHookedMember(classFile)) {
            return null;
        }
        ClassReader reader;
        try {
            reader = new ClassReader(classFile);
        } catch (IllegalArgumentException unsupported) {
            throw new IllegalArgumentException("Lambda Harness cannot rewrite a class that uses System.getenv, "
                    + "System.out, System.exit or system properties: " + unsupported.getMessage()
                    + ". Run this function with forked isolation, or build it for a Java version this "
                    + "harness supports.", unsupported);
        }
        BitSet methods = MethodsWithCallSites.in(reader);
        if (methods.isEmpty()) {
            return null;
        }
        // Nothing computed: the rewrite never changes the types on the stack at a branch target,
        // so frames stay valid (computing them would load classes mid-definition), and the visitor
        // knows the new max_stack. Built on the reader, the writer copies unchanged methods as-is.
        ClassWriter writer = new ClassWriter(reader, 0);
        CallSiteClassVisitor visitor = new CallSiteClassVisitor(writer, methods);
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
