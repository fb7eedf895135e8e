package dev.lambdaharness.core.internal.rewrite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.invoke.MethodHandle;
import java.lang.reflect.Method;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import dev.lambdaharness.core.internal.network.AddressPolicy;
import dev.lambdaharness.core.internal.hooks.EnvironmentHooks;
import dev.lambdaharness.core.internal.rewrite.probe.CoverageProbe;
import dev.lambdaharness.core.internal.rewrite.probe.EnvironmentProbe;
import dev.lambdaharness.core.internal.rewrite.probe.PlainProbe;
import dev.lambdaharness.core.internal.rewrite.probe.SocketProbe;

/** What {@link CallSiteRewriter} returns for real and hand-made class files. */
class CallSiteRewriterTest {

    @Test
    void aClassWithoutHookedCallsIsReturnedAsNull() throws Exception {
        // PlainProbe calls System.currentTimeMillis and System.lineSeparator, which are not hooked.
        assertThat(CallSiteRewriter.rewrite(classFile(PlainProbe.class))).isNull();
        assertThat(CallSiteRewriter.rewrite(classFile(Probe.class))).isNull();
    }

    @Test
    void jdkClassesAndTheHooksAreNeverRewritten() throws Exception {
        assertThat(CallSiteRewriter.rewrite(classFile("java.lang.Integer"))).isNull();
        assertThat(CallSiteRewriter.rewrite(classFile(EnvironmentHooks.class))).isNull();

        // The same code that is rewritten in an ordinary package is left alone in those two.
        assertThat(CallSiteRewriter.rewrite(classCalling("com/example/Env", Opcodes.V17, this::getenvOfArgument))).isNotNull();
        assertThat(CallSiteRewriter.rewrite(classCalling("java/lang/Env", Opcodes.V17, this::getenvOfArgument))).isNull();
        assertThat(CallSiteRewriter.rewrite(classCalling("dev/lambdaharness/core/internal/hooks/Env", Opcodes.V17,
                this::getenvOfArgument))).isNull();
    }

    @Test
    void malformedClassFilesAreReturnedAsNullForTheJvmToReject() throws Exception {
        byte[] valid = classFile(EnvironmentProbe.class);
        assertThat(CallSiteRewriter.rewrite(new byte[0])).isNull();
        assertThat(CallSiteRewriter.rewrite(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11})).isNull();
        assertThat(CallSiteRewriter.rewrite(java.util.Arrays.copyOf(valid, valid.length / 3))).isNull();
    }

    @Test
    void noUseOfAHookedMemberRemainsAfterTheRewrite() throws Exception {
        byte[] original = classFile(EnvironmentProbe.class);
        assertThat(hookedUses(original)).hasSizeGreaterThan(20);

        byte[] rewritten = CallSiteRewriter.rewrite(original);

        // Only the serializable method reference keeps its handle (see CallSiteClassVisitor): once
        // where it is created, once in the $deserializeLambda$ that javac writes for it.
        assertThat(hookedUses(rewritten)).containsExactly("handle java/lang/System.getenv",
                "handle java/lang/System.getenv");
        assertThat(CallSiteRewriter.rewrite(rewritten)).as("a rewritten class has nothing left to rewrite").isNull();
        assertThat(CallSiteRewriter.rewrite(classFile(CoverageProbe.class))).isNotNull();
    }

    @Test
    void aClassFileOlderThanJava5IsRaisedToVersion49ForItsClassConstant() throws Exception {
        byte[] original = classCalling("com/example/Old", Opcodes.V1_4, this::getenvOfArgument);

        byte[] rewritten = CallSiteRewriter.rewrite(original);

        assertThat(new ClassReader(rewritten).readShort(6)).isEqualTo((short) Opcodes.V1_5);
        RecordingBinding binding = new RecordingBinding(Map.of("NAME", "old"), null);
        Class<?> old = new RewritingClassLoader(binding, CoverageSupport.disabled()).define("com.example.Old", original);
        assertThat(old.getMethod("call", String.class).invoke(null, "NAME")).isEqualTo("old");
    }

    @Test
    void methodHandleConstantsArePointedAtTheHooks() throws Throwable {
        byte[] original = classCalling("com/example/Handles", Opcodes.V11, mv -> {
            mv.visitLdcInsn(new Handle(Opcodes.H_INVOKESTATIC, "java/lang/System", "getenv",
                    "(Ljava/lang/String;)Ljava/lang/String;", false));
            mv.visitInsn(Opcodes.ARETURN);
        });
        byte[] outHandle = classCalling("com/example/OutHandle", Opcodes.V11, mv -> {
            mv.visitLdcInsn(new Handle(Opcodes.H_GETSTATIC, "java/lang/System", "out", "Ljava/io/PrintStream;", false));
            mv.visitInsn(Opcodes.ARETURN);
        });
        RecordingBinding binding = new RecordingBinding(Map.of("NAME", "handle"), null);
        RewritingClassLoader loader = new RewritingClassLoader(binding, CoverageSupport.disabled());

        MethodHandle getenv = (MethodHandle) loader.define("com.example.Handles", original)
                .getMethod("call", String.class).invoke(null, "unused");
        MethodHandle out = (MethodHandle) loader.define("com.example.OutHandle", outHandle)
                .getMethod("call", String.class).invoke(null, "unused");

        assertThat((String) getenv.invoke("NAME")).isEqualTo("handle");
        assertThat((PrintStream) out.invoke()).isSameAs(binding.out());
    }

    @Test
    void socketConstructorsAreReplacedButASubclassesSuperCallStays() throws Exception {
        byte[] rewritten = CallSiteRewriter.rewrite(classFile(SocketProbe.class));

        assertThat(hookedUses(classFile(SocketProbe.class))).filteredOn(use -> use.endsWith("<init>")).hasSize(4);
        assertThat(hookedUses(rewritten)).containsExactly("call java/net/Socket.<init>");
    }

    @Test
    void aReplacedSocketConstructorRefusesAnAddressOutsideAndConnectsToLoopback() throws Exception {
        RecordingBinding binding = new RecordingBinding(Map.of(), null);
        binding.addressPolicy(AddressPolicy.of(List.of(), List.of("127.0.0.2")));
        Class<?> probe = new RewritingClassLoader(binding, CoverageSupport.disabled()).loadClass(SocketProbe.class.getName());
        Method make = probe.getMethod("make", boolean.class, String.class, int.class);
        Method nested = probe.getMethod("nested", String.class, int.class);
        Method subclass = probe.getMethod("subclass", String.class, int.class);

        try (ServerSocket outside = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.2"));
             ServerSocket loopback = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            int port = outside.getLocalPort();
            for (ThrowingCall call : List.<ThrowingCall>of(() -> make.invoke(null, true, "127.0.0.2", port),
                    () -> make.invoke(null, false, "127.0.0.2", port), () -> nested.invoke(null, "127.0.0.2", port))) {
                assertThatThrownBy(call::run).hasCauseInstanceOf(ConnectException.class).cause()
                        .hasMessageStartingWith("Lambda Harness refused a connection from function code to 127.0.0.2:"
                                + port + " (loopback, treated as outside");
            }
            try (Socket byName = (Socket) make.invoke(null, true, "127.0.0.1", loopback.getLocalPort());
                 Socket byAddress = (Socket) make.invoke(null, false, "127.0.0.1", loopback.getLocalPort());
                 Socket sub = (Socket) subclass.invoke(null, "127.0.0.1", loopback.getLocalPort())) {
                assertThat(List.of(byName, byAddress, sub)).allMatch(Socket::isConnected);
                assertThat(sub.getClass().getName()).isEqualTo(SocketProbe.class.getName());
            }
            @SuppressWarnings("unchecked")
            List<Socket> made = (List<Socket>) nested.invoke(null, "", loopback.getLocalPort());
            made.get(0).close();
        }
    }

    /** A reflective call that may throw. */
    private interface ThrowingCall {
        void run() throws Exception;
    }

    /** Body of {@code static Object call(String)}: {@code return System.getenv(arg)}. */
    private void getenvOfArgument(MethodVisitor mv) {
        mv.visitVarInsn(Opcodes.ALOAD, 0);
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/System", "getenv", "(Ljava/lang/String;)Ljava/lang/String;",
                false);
        mv.visitInsn(Opcodes.ARETURN);
    }

    /** A public class with one {@code public static Object call(String)} whose body {@code body} writes. */
    private static byte[] classCalling(String internalName, int version, Consumer<MethodVisitor> body) {
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS | ClassWriter.COMPUTE_FRAMES);
        writer.visit(version, Opcodes.ACC_PUBLIC | Opcodes.ACC_SUPER, internalName, null, "java/lang/Object", null);
        MethodVisitor mv = writer.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "call",
                "(Ljava/lang/String;)Ljava/lang/Object;", null, null);
        mv.visitCode();
        body.accept(mv);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        writer.visitEnd();
        return writer.toByteArray();
    }

    /** Every instruction or handle in {@code classFile} that names a hooked member, as "kind owner.name". */
    private static final Set<HookedCall.Scope> EVERY_SCOPE = EnumSet.allOf(HookedCall.Scope.class);

    private static List<String> hookedUses(byte[] classFile) {
        List<String> uses = new ArrayList<>();
        new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                    String[] exceptions) {
                return new MethodVisitor(Opcodes.ASM9) {
                    @Override
                    public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
                        record(HookedCall.forInstruction(opcode, owner, name, descriptor, EVERY_SCOPE), "field");
                    }

                    @Override
                    public void visitMethodInsn(int opcode, String owner, String name, String descriptor,
                            boolean isInterface) {
                        record(HookedCall.forInstruction(opcode, owner, name, descriptor, EVERY_SCOPE), "call");
                    }

                    @Override
                    public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap,
                            Object... arguments) {
                        for (Object argument : arguments) {
                            if (argument instanceof Handle handle) {
                                record(HookedCall.forHandle(handle, EVERY_SCOPE), "handle");
                            }
                        }
                    }

                    @Override
                    public void visitLdcInsn(Object value) {
                        if (value instanceof Handle handle) {
                            record(HookedCall.forHandle(handle, EVERY_SCOPE), "handle");
                        }
                    }

                    private void record(HookedCall call, String kind) {
                        if (call != null) {
                            uses.add(kind + " " + call.owner.internalName + "." + call.name);
                        }
                    }
                };
            }
        }, 0);
        return uses;
    }

    static byte[] classFile(Class<?> type) throws IOException {
        return classFile(type.getName());
    }

    static byte[] classFile(String name) throws IOException {
        try (InputStream in = ClassLoader.getSystemResourceAsStream(name.replace('.', '/') + ".class")) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }
}
