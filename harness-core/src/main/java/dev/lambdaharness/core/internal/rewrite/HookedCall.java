package dev.lambdaharness.core.internal.rewrite;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;

/**
 * The JDK members whose uses in function code are sent to a hook, with the hook each goes to:
 * {@code EnvironmentHooks} for process state ({@link Scope#ENVIRONMENT}, with {@code StorageHooks}
 * and {@code AccountedFileOutputStream} for writes under {@code /tmp}), {@code NetworkHooks} for
 * sockets ({@link Scope#NETWORK}). A hook takes the original operands (the receiver first for
 * instance methods) followed by the calling class, so a rewritten call site keeps its stack shape
 * apart from one pushed class constant. A hooked constructor ({@code new Socket(host, port)}) is
 * replaced by a hook that returns the new object; a {@link Form#SUBCLASS} one
 * ({@code new FileOutputStream(name)}) makes the hook's subclass instead.
 */
enum HookedCall {
    GETENV_ALL(Form.STATIC, Owner.SYSTEM, "getenv", "()Ljava/util/Map;", "getenv"),
    GETENV(Form.STATIC, Owner.SYSTEM, "getenv", "(Ljava/lang/String;)Ljava/lang/String;", "getenv"),
    OUT(Form.GET_STATIC, Owner.SYSTEM, "out", "Ljava/io/PrintStream;", "out"),
    ERR(Form.GET_STATIC, Owner.SYSTEM, "err", "Ljava/io/PrintStream;", "err"),
    SET_OUT(Form.STATIC, Owner.SYSTEM, "setOut", "(Ljava/io/PrintStream;)V", "setOut"),
    SET_ERR(Form.STATIC, Owner.SYSTEM, "setErr", "(Ljava/io/PrintStream;)V", "setErr"),
    SYSTEM_EXIT(Form.STATIC, Owner.SYSTEM, "exit", "(I)V", "exit"),
    RUNTIME_EXIT(Form.VIRTUAL, Owner.RUNTIME, "exit", "(I)V", "runtimeExit"),
    RUNTIME_HALT(Form.VIRTUAL, Owner.RUNTIME, "halt", "(I)V", "runtimeHalt"),
    ADD_SHUTDOWN_HOOK(Form.VIRTUAL, Owner.RUNTIME, "addShutdownHook", "(Ljava/lang/Thread;)V", "addShutdownHook"),
    REMOVE_SHUTDOWN_HOOK(Form.VIRTUAL, Owner.RUNTIME, "removeShutdownHook", "(Ljava/lang/Thread;)Z",
            "removeShutdownHook"),
    GET_PROPERTY(Form.STATIC, Owner.SYSTEM, "getProperty", "(Ljava/lang/String;)Ljava/lang/String;", "getProperty"),
    GET_PROPERTY_OR_DEFAULT(Form.STATIC, Owner.SYSTEM, "getProperty",
            "(Ljava/lang/String;Ljava/lang/String;)Ljava/lang/String;", "getProperty"),
    SET_PROPERTY(Form.STATIC, Owner.SYSTEM, "setProperty",
            "(Ljava/lang/String;Ljava/lang/String;)Ljava/lang/String;", "setProperty"),
    CLEAR_PROPERTY(Form.STATIC, Owner.SYSTEM, "clearProperty", "(Ljava/lang/String;)Ljava/lang/String;",
            "clearProperty"),
    PROCESS_START(Form.VIRTUAL, Owner.PROCESS_BUILDER, "start", "()Ljava/lang/Process;", "startProcess"),
    PROCESS_START_PIPELINE(Form.STATIC, Owner.PROCESS_BUILDER, "startPipeline", "(Ljava/util/List;)Ljava/util/List;",
            "startPipeline"),
    EXEC(Form.VIRTUAL, Owner.RUNTIME, "exec", "(Ljava/lang/String;)Ljava/lang/Process;", "exec"),
    EXEC_ENV(Form.VIRTUAL, Owner.RUNTIME, "exec", "(Ljava/lang/String;[Ljava/lang/String;)Ljava/lang/Process;", "exec"),
    EXEC_ENV_DIR(Form.VIRTUAL, Owner.RUNTIME, "exec",
            "(Ljava/lang/String;[Ljava/lang/String;Ljava/io/File;)Ljava/lang/Process;", "exec"),
    EXEC_ARRAY(Form.VIRTUAL, Owner.RUNTIME, "exec", "([Ljava/lang/String;)Ljava/lang/Process;", "exec"),
    EXEC_ARRAY_ENV(Form.VIRTUAL, Owner.RUNTIME, "exec", "([Ljava/lang/String;[Ljava/lang/String;)Ljava/lang/Process;",
            "exec"),
    EXEC_ARRAY_ENV_DIR(Form.VIRTUAL, Owner.RUNTIME, "exec",
            "([Ljava/lang/String;[Ljava/lang/String;Ljava/io/File;)Ljava/lang/Process;", "exec"),
    // Writes under /tmp and java.io.tmpdir, counted against the environment's ephemeral storage.
    NEW_OUTPUT_STREAM(Form.STATIC, Owner.FILES, "newOutputStream",
            "(Ljava/nio/file/Path;[Ljava/nio/file/OpenOption;)Ljava/io/OutputStream;", Hooks.STORAGE, "newOutputStream"),
    WRITE_BYTES(Form.STATIC, Owner.FILES, "write", "(Ljava/nio/file/Path;[B[Ljava/nio/file/OpenOption;)Ljava/nio/file/Path;",
            Hooks.STORAGE, "write"),
    WRITE_LINES_CHARSET(Form.STATIC, Owner.FILES, "write", "(Ljava/nio/file/Path;Ljava/lang/Iterable;"
            + "Ljava/nio/charset/Charset;[Ljava/nio/file/OpenOption;)Ljava/nio/file/Path;", Hooks.STORAGE, "write"),
    WRITE_LINES(Form.STATIC, Owner.FILES, "write",
            "(Ljava/nio/file/Path;Ljava/lang/Iterable;[Ljava/nio/file/OpenOption;)Ljava/nio/file/Path;", Hooks.STORAGE, "write"),
    WRITE_STRING(Form.STATIC, Owner.FILES, "writeString",
            "(Ljava/nio/file/Path;Ljava/lang/CharSequence;[Ljava/nio/file/OpenOption;)Ljava/nio/file/Path;", Hooks.STORAGE,
            "writeString"),
    WRITE_STRING_CHARSET(Form.STATIC, Owner.FILES, "writeString", "(Ljava/nio/file/Path;Ljava/lang/CharSequence;"
            + "Ljava/nio/charset/Charset;[Ljava/nio/file/OpenOption;)Ljava/nio/file/Path;", Hooks.STORAGE, "writeString"),
    NEW_BUFFERED_WRITER_CHARSET(Form.STATIC, Owner.FILES, "newBufferedWriter",
            "(Ljava/nio/file/Path;Ljava/nio/charset/Charset;[Ljava/nio/file/OpenOption;)Ljava/io/BufferedWriter;",
            Hooks.STORAGE, "newBufferedWriter"),
    NEW_BUFFERED_WRITER(Form.STATIC, Owner.FILES, "newBufferedWriter",
            "(Ljava/nio/file/Path;[Ljava/nio/file/OpenOption;)Ljava/io/BufferedWriter;", Hooks.STORAGE, "newBufferedWriter"),
    COPY_FROM_STREAM(Form.STATIC, Owner.FILES, "copy",
            "(Ljava/io/InputStream;Ljava/nio/file/Path;[Ljava/nio/file/CopyOption;)J", Hooks.STORAGE, "copy"),
    // new FileOutputStream(...) constructs the accounted subclass instead (the NEW is retargeted too).
    FILE_OUTPUT_STREAM_NAME(Form.SUBCLASS, Owner.FILE_OUTPUT_STREAM, "<init>", "(Ljava/lang/String;)V",
            Hooks.FILE_OUTPUT_STREAM, "<init>"),
    FILE_OUTPUT_STREAM_NAME_APPEND(Form.SUBCLASS, Owner.FILE_OUTPUT_STREAM, "<init>", "(Ljava/lang/String;Z)V",
            Hooks.FILE_OUTPUT_STREAM, "<init>"),
    FILE_OUTPUT_STREAM_FILE(Form.SUBCLASS, Owner.FILE_OUTPUT_STREAM, "<init>", "(Ljava/io/File;)V",
            Hooks.FILE_OUTPUT_STREAM, "<init>"),
    FILE_OUTPUT_STREAM_FILE_APPEND(Form.SUBCLASS, Owner.FILE_OUTPUT_STREAM, "<init>", "(Ljava/io/File;Z)V",
            Hooks.FILE_OUTPUT_STREAM, "<init>"),
    // Not counted, but every public constructor must be there: each retargeted new needs its constructor.
    FILE_OUTPUT_STREAM_DESCRIPTOR(Form.SUBCLASS, Owner.FILE_OUTPUT_STREAM, "<init>", "(Ljava/io/FileDescriptor;)V",
            Hooks.FILE_OUTPUT_STREAM, "<init>"),
    LAMBDA_RUNTIME_LOGGER(Form.STATIC, Owner.LAMBDA_RUNTIME, "getLogger",
            "()Lcom/amazonaws/services/lambda/runtime/LambdaLogger;", "lambdaRuntimeLogger"),

    NEW_SOCKET_HOST(Form.CONSTRUCTOR, Owner.SOCKET, "<init>", "(Ljava/lang/String;I)V", "newSocket"),
    NEW_SOCKET_ADDRESS(Form.CONSTRUCTOR, Owner.SOCKET, "<init>", "(Ljava/net/InetAddress;I)V", "newSocket"),
    NEW_SOCKET_HOST_LOCAL(Form.CONSTRUCTOR, Owner.SOCKET, "<init>", "(Ljava/lang/String;ILjava/net/InetAddress;I)V",
            "newSocket"),
    NEW_SOCKET_ADDRESS_LOCAL(Form.CONSTRUCTOR, Owner.SOCKET, "<init>",
            "(Ljava/net/InetAddress;ILjava/net/InetAddress;I)V", "newSocket"),
    NEW_SOCKET_HOST_STREAM(Form.CONSTRUCTOR, Owner.SOCKET, "<init>", "(Ljava/lang/String;IZ)V", "newSocket"),
    NEW_SOCKET_ADDRESS_STREAM(Form.CONSTRUCTOR, Owner.SOCKET, "<init>", "(Ljava/net/InetAddress;IZ)V", "newSocket"),
    SOCKET_CONNECT(Form.VIRTUAL, Owner.SOCKET, "connect", "(Ljava/net/SocketAddress;)V", "connect"),
    SOCKET_CONNECT_TIMEOUT(Form.VIRTUAL, Owner.SOCKET, "connect", "(Ljava/net/SocketAddress;I)V", "connect"),
    CREATE_SOCKET_HOST(Form.VIRTUAL, Owner.SOCKET_FACTORY, "createSocket", "(Ljava/lang/String;I)Ljava/net/Socket;",
            "createSocket"),
    CREATE_SOCKET_ADDRESS(Form.VIRTUAL, Owner.SOCKET_FACTORY, "createSocket",
            "(Ljava/net/InetAddress;I)Ljava/net/Socket;", "createSocket"),
    CREATE_SOCKET_HOST_LOCAL(Form.VIRTUAL, Owner.SOCKET_FACTORY, "createSocket",
            "(Ljava/lang/String;ILjava/net/InetAddress;I)Ljava/net/Socket;", "createSocket"),
    CREATE_SOCKET_ADDRESS_LOCAL(Form.VIRTUAL, Owner.SOCKET_FACTORY, "createSocket",
            "(Ljava/net/InetAddress;ILjava/net/InetAddress;I)Ljava/net/Socket;", "createSocket"),
    SOCKET_CHANNEL_OPEN(Form.STATIC, Owner.SOCKET_CHANNEL, "open",
            "(Ljava/net/SocketAddress;)Ljava/nio/channels/SocketChannel;", "openSocketChannel"),
    SOCKET_CHANNEL_CONNECT(Form.VIRTUAL, Owner.SOCKET_CHANNEL, "connect", "(Ljava/net/SocketAddress;)Z", "connect"),
    ASYNC_CONNECT(Form.VIRTUAL, Owner.ASYNC_SOCKET_CHANNEL, "connect",
            "(Ljava/net/SocketAddress;)Ljava/util/concurrent/Future;", "connect"),
    ASYNC_CONNECT_HANDLER(Form.VIRTUAL, Owner.ASYNC_SOCKET_CHANNEL, "connect",
            "(Ljava/net/SocketAddress;Ljava/lang/Object;Ljava/nio/channels/CompletionHandler;)V", "connect"),
    DATAGRAM_CONNECT(Form.VIRTUAL, Owner.DATAGRAM_SOCKET, "connect", "(Ljava/net/InetAddress;I)V", "connect"),
    DATAGRAM_CONNECT_ADDRESS(Form.VIRTUAL, Owner.DATAGRAM_SOCKET, "connect", "(Ljava/net/SocketAddress;)V", "connect"),
    DATAGRAM_SEND(Form.VIRTUAL, Owner.DATAGRAM_SOCKET, "send", "(Ljava/net/DatagramPacket;)V", "send"),
    DATAGRAM_CHANNEL_CONNECT(Form.VIRTUAL, Owner.DATAGRAM_CHANNEL, "connect",
            "(Ljava/net/SocketAddress;)Ljava/nio/channels/DatagramChannel;", "connect"),
    DATAGRAM_CHANNEL_SEND(Form.VIRTUAL, Owner.DATAGRAM_CHANNEL, "send",
            "(Ljava/nio/ByteBuffer;Ljava/net/SocketAddress;)I", "send"),
    URL_OPEN_CONNECTION(Form.VIRTUAL, Owner.URL, "openConnection", "()Ljava/net/URLConnection;", "openConnection"),
    URL_OPEN_CONNECTION_PROXY(Form.VIRTUAL, Owner.URL, "openConnection",
            "(Ljava/net/Proxy;)Ljava/net/URLConnection;", "openConnection"),
    URL_OPEN_STREAM(Form.VIRTUAL, Owner.URL, "openStream", "()Ljava/io/InputStream;", "openStream"),
    HTTP_CLIENT_SEND(Form.VIRTUAL, Owner.HTTP_CLIENT, "send",
            "(Ljava/net/http/HttpRequest;Ljava/net/http/HttpResponse$BodyHandler;)Ljava/net/http/HttpResponse;", "send"),
    HTTP_CLIENT_SEND_ASYNC(Form.VIRTUAL, Owner.HTTP_CLIENT, "sendAsync",
            "(Ljava/net/http/HttpRequest;Ljava/net/http/HttpResponse$BodyHandler;)"
                    + "Ljava/util/concurrent/CompletableFuture;", "sendAsync"),
    HTTP_CLIENT_SEND_ASYNC_PUSH(Form.VIRTUAL, Owner.HTTP_CLIENT, "sendAsync",
            "(Ljava/net/http/HttpRequest;Ljava/net/http/HttpResponse$BodyHandler;"
                    + "Ljava/net/http/HttpResponse$PushPromiseHandler;)Ljava/util/concurrent/CompletableFuture;",
            "sendAsync");

    /** Which hooks class a call goes to. */
    enum Scope {
        /** Process state each in-process environment gets its own of. */
        ENVIRONMENT("dev/lambdaharness/core/internal/hooks/EnvironmentHooks"),
        /** Sockets, held to the loopback address in both isolations. */
        NETWORK("dev/lambdaharness/core/internal/hooks/NetworkHooks");

        /** Internal name of the class that holds the hooks. */
        final String hooks;

        Scope(String hooks) {
            this.hooks = hooks;
        }
    }

    /** The hook classes some storage calls go to instead of their scope's (an enum constant cannot name a static field of its own enum). */
    private static final class Hooks {
        static final String STORAGE = "dev/lambdaharness/core/internal/hooks/StorageHooks";
        static final String FILE_OUTPUT_STREAM = "dev/lambdaharness/core/internal/hooks/AccountedFileOutputStream";
    }

    /**
     * How the original member is used. A {@code CONSTRUCTOR} is replaced by a hook returning the new
     * object; a {@code SUBCLASS} is a {@code new} of its owner made of the hook class instead, a
     * subclass whose constructor takes the calling class last.
     */
    enum Form { STATIC, VIRTUAL, GET_STATIC, CONSTRUCTOR, SUBCLASS }

    /**
     * The classes that own hooked members: the declaring class, whose type a hook's receiver has,
     * then the JDK subclasses a call site may name instead ({@code SSLSocket.connect}).
     */
    enum Owner {
        SYSTEM(Scope.ENVIRONMENT, "java/lang/System"),
        RUNTIME(Scope.ENVIRONMENT, "java/lang/Runtime"),
        PROCESS_BUILDER(Scope.ENVIRONMENT, "java/lang/ProcessBuilder"),
        FILES(Scope.ENVIRONMENT, "java/nio/file/Files"),
        FILE_OUTPUT_STREAM(Scope.ENVIRONMENT, "java/io/FileOutputStream"),
        LAMBDA_RUNTIME(Scope.ENVIRONMENT, "com/amazonaws/services/lambda/runtime/LambdaRuntime"),
        SOCKET(Scope.NETWORK, "java/net/Socket", "javax/net/ssl/SSLSocket"),
        SOCKET_FACTORY(Scope.NETWORK, "javax/net/SocketFactory", "javax/net/ssl/SSLSocketFactory"),
        SOCKET_CHANNEL(Scope.NETWORK, "java/nio/channels/SocketChannel"),
        ASYNC_SOCKET_CHANNEL(Scope.NETWORK, "java/nio/channels/AsynchronousSocketChannel"),
        DATAGRAM_SOCKET(Scope.NETWORK, "java/net/DatagramSocket", "java/net/MulticastSocket"),
        DATAGRAM_CHANNEL(Scope.NETWORK, "java/nio/channels/DatagramChannel"),
        URL(Scope.NETWORK, "java/net/URL"),
        HTTP_CLIENT(Scope.NETWORK, "java/net/http/HttpClient");

        final Scope scope;
        final String internalName;
        /** {@link #internalName} first, then the subclasses call sites may name. */
        final List<String> callSiteNames;

        Owner(Scope scope, String internalName, String... subclasses) {
            this.scope = scope;
            this.internalName = internalName;
            List<String> names = new ArrayList<>();
            names.add(internalName);
            names.addAll(List.of(subclasses));
            this.callSiteNames = List.copyOf(names);
        }
    }

    private static final HookedCall[] ALL = values();

    final Form form;
    final Owner owner;
    final String name;
    final String descriptor;
    final String hook;
    /** Internal name of the class that holds the hook, when not its scope's; null for the scope's. */
    private final String hookOwner;
    /** The operands a replacement takes, as a method descriptor: what a bridge method for a handle declares. */
    final String operandDescriptor;
    /** {@link #operandDescriptor} with the calling class appended: the hook's descriptor. */
    final String hookDescriptor;

    HookedCall(Form form, Owner owner, String name, String descriptor, String hook) {
        this(form, owner, name, descriptor, null, hook);
    }

    HookedCall(Form form, Owner owner, String name, String descriptor, String hookOwner, String hook) {
        this.hookOwner = hookOwner;
        this.form = form;
        this.owner = owner;
        this.name = name;
        this.descriptor = descriptor;
        this.hook = hook;
        this.operandDescriptor = switch (form) {
            case STATIC, SUBCLASS -> descriptor;
            case VIRTUAL -> "(L" + owner.internalName + ";" + descriptor.substring(1);
            case GET_STATIC -> "()" + descriptor;
            case CONSTRUCTOR -> descriptor.substring(0, descriptor.indexOf(')') + 1) + "L" + owner.internalName + ";";
        };
        int close = operandDescriptor.indexOf(')');
        this.hookDescriptor = operandDescriptor.substring(0, close) + "Ljava/lang/Class;"
                + operandDescriptor.substring(close);
    }

    /** The class that holds this call's hook. */
    String hooks() {
        return hookOwner != null ? hookOwner : owner.scope.hooks;
    }

    /** The hooked call an instruction makes among {@code scopes}, or null. */
    static HookedCall forInstruction(int opcode, String owner, String name, String descriptor, Set<Scope> scopes) {
        Form form = switch (opcode) {
            case Opcodes.INVOKESTATIC -> Form.STATIC;
            case Opcodes.INVOKEVIRTUAL -> Form.VIRTUAL;
            case Opcodes.GETSTATIC -> Form.GET_STATIC;
            case Opcodes.INVOKESPECIAL -> Form.CONSTRUCTOR;
            default -> null;
        };
        return form == null ? null : find(form, owner, name, descriptor, scopes);
    }

    /** The hooked member a method handle constant points at among {@code scopes}, or null; constructors never. */
    static HookedCall forHandle(Handle handle, Set<Scope> scopes) {
        Form form = switch (handle.getTag()) {
            case Opcodes.H_INVOKESTATIC -> Form.STATIC;
            case Opcodes.H_INVOKEVIRTUAL -> Form.VIRTUAL;
            case Opcodes.H_GETSTATIC -> Form.GET_STATIC;
            default -> null;
        };
        return form == null ? null : find(form, handle.getOwner(), handle.getName(), handle.getDesc(), scopes);
    }

    /** The class a {@code new} of {@code type} makes instead among {@code scopes} (internal names), or null. */
    static String constructedInstead(String type, Set<Scope> scopes) {
        return scopes.contains(Owner.FILE_OUTPUT_STREAM.scope) && type.equals(Owner.FILE_OUTPUT_STREAM.internalName)
                ? Hooks.FILE_OUTPUT_STREAM : null;
    }

    private static HookedCall find(Form form, String owner, String name, String descriptor, Set<Scope> scopes) {
        // Cheapest test first: almost every instruction names some other owner.
        if (!owner.startsWith("java/") && !owner.startsWith("javax/net/") && !owner.equals(Owner.LAMBDA_RUNTIME.internalName)) {
            return null;
        }
        for (HookedCall call : ALL) {
            // An INVOKESPECIAL <init> is either kind of constructor.
            boolean sameForm = call.form == form || form == Form.CONSTRUCTOR && call.form == Form.SUBCLASS;
            if (sameForm && scopes.contains(call.owner.scope) && call.owner.callSiteNames.contains(owner)
                    && call.name.equals(name) && call.descriptor.equals(descriptor)) {
                return call;
            }
        }
        return null;
    }
}
