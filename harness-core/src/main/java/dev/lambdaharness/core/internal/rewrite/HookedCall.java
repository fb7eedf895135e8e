package dev.lambdaharness.core.internal.rewrite;

import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;

/**
 * The JDK members whose uses in function code are sent to {@code EnvironmentHooks} (or another
 * class of the hooks package), with the hook each goes to. A hook takes the original operands (the receiver first for {@link Runtime}'s
 * instance methods) followed by the calling class, so a rewritten call site keeps its stack shape
 * apart from one pushed class constant.
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
    FILE_OUTPUT_STREAM_NAME(Form.CONSTRUCTOR, Owner.FILE_OUTPUT_STREAM, "<init>", "(Ljava/lang/String;)V",
            Hooks.FILE_OUTPUT_STREAM, "<init>"),
    FILE_OUTPUT_STREAM_NAME_APPEND(Form.CONSTRUCTOR, Owner.FILE_OUTPUT_STREAM, "<init>", "(Ljava/lang/String;Z)V",
            Hooks.FILE_OUTPUT_STREAM, "<init>"),
    FILE_OUTPUT_STREAM_FILE(Form.CONSTRUCTOR, Owner.FILE_OUTPUT_STREAM, "<init>", "(Ljava/io/File;)V",
            Hooks.FILE_OUTPUT_STREAM, "<init>"),
    FILE_OUTPUT_STREAM_FILE_APPEND(Form.CONSTRUCTOR, Owner.FILE_OUTPUT_STREAM, "<init>", "(Ljava/io/File;Z)V",
            Hooks.FILE_OUTPUT_STREAM, "<init>"),
    // Not counted, but every public constructor must be there: each retargeted new needs its constructor.
    FILE_OUTPUT_STREAM_DESCRIPTOR(Form.CONSTRUCTOR, Owner.FILE_OUTPUT_STREAM, "<init>", "(Ljava/io/FileDescriptor;)V",
            Hooks.FILE_OUTPUT_STREAM, "<init>"),
    LAMBDA_RUNTIME_LOGGER(Form.STATIC, Owner.LAMBDA_RUNTIME, "getLogger",
            "()Lcom/amazonaws/services/lambda/runtime/LambdaLogger;", "lambdaRuntimeLogger");

    /** Internal name of the class that holds most hooks. */
    static final String HOOKS = "dev/lambdaharness/core/internal/hooks/EnvironmentHooks";

    /** The other classes that hold hooks (an enum constant cannot refer to a static field of its own enum). */
    private static final class Hooks {
        static final String STORAGE = "dev/lambdaharness/core/internal/hooks/StorageHooks";
        static final String FILE_OUTPUT_STREAM = "dev/lambdaharness/core/internal/hooks/AccountedFileOutputStream";
    }

    /**
     * How the original member is used. A {@code CONSTRUCTOR} is a {@code new} of its owner: the
     * instance is made of the hook class instead, a subclass whose constructor takes the calling class last.
     */
    enum Form { STATIC, VIRTUAL, GET_STATIC, CONSTRUCTOR }

    /** The classes that own hooked members. */
    enum Owner {
        SYSTEM("java/lang/System"), RUNTIME("java/lang/Runtime"), PROCESS_BUILDER("java/lang/ProcessBuilder"),
        FILES("java/nio/file/Files"), FILE_OUTPUT_STREAM("java/io/FileOutputStream"),
        LAMBDA_RUNTIME("com/amazonaws/services/lambda/runtime/LambdaRuntime");

        final String internalName;

        Owner(String internalName) {
            this.internalName = internalName;
        }
    }

    private static final HookedCall[] ALL = values();

    final Form form;
    final Owner owner;
    final String name;
    final String descriptor;
    /** Internal name of the class that holds the hook. */
    final String hookOwner;
    final String hook;
    /** The operands a replacement takes, as a method descriptor: what a bridge method for a handle declares. */
    final String operandDescriptor;
    /** {@link #operandDescriptor} with the calling class appended: the hook's descriptor. */
    final String hookDescriptor;

    HookedCall(Form form, Owner owner, String name, String descriptor, String hook) {
        this(form, owner, name, descriptor, HOOKS, hook);
    }

    HookedCall(Form form, Owner owner, String name, String descriptor, String hookOwner, String hook) {
        this.form = form;
        this.owner = owner;
        this.name = name;
        this.descriptor = descriptor;
        this.hookOwner = hookOwner;
        this.hook = hook;
        this.operandDescriptor = switch (form) {
            case STATIC, CONSTRUCTOR -> descriptor;
            case VIRTUAL -> "(L" + owner.internalName + ";" + descriptor.substring(1);
            case GET_STATIC -> "()" + descriptor;
        };
        int close = operandDescriptor.indexOf(')');
        this.hookDescriptor = operandDescriptor.substring(0, close) + "Ljava/lang/Class;"
                + operandDescriptor.substring(close);
    }

    /** The hooked call an instruction makes, or null. */
    static HookedCall forInstruction(int opcode, String owner, String name, String descriptor) {
        Form form = switch (opcode) {
            case Opcodes.INVOKESTATIC -> Form.STATIC;
            case Opcodes.INVOKEVIRTUAL -> Form.VIRTUAL;
            case Opcodes.GETSTATIC -> Form.GET_STATIC;
            case Opcodes.INVOKESPECIAL -> Form.CONSTRUCTOR;
            default -> null;
        };
        return form == null ? null : find(form, owner, name, descriptor);
    }

    /** The class a {@code new} of {@code type} makes instead (internal names), or null when it is not hooked. */
    static String constructedInstead(String type) {
        return type.equals(Owner.FILE_OUTPUT_STREAM.internalName) ? Hooks.FILE_OUTPUT_STREAM : null;
    }

    /** The hooked member a method handle constant points at, or null. */
    static HookedCall forHandle(Handle handle) {
        Form form = switch (handle.getTag()) {
            case Opcodes.H_INVOKESTATIC -> Form.STATIC;
            case Opcodes.H_INVOKEVIRTUAL -> Form.VIRTUAL;
            case Opcodes.H_GETSTATIC -> Form.GET_STATIC;
            default -> null;
        };
        return form == null ? null : find(form, handle.getOwner(), handle.getName(), handle.getDesc());
    }

    private static HookedCall find(Form form, String owner, String name, String descriptor) {
        // Cheapest test first: almost every instruction names some other owner.
        if (!owner.startsWith("java/") && !owner.equals(Owner.LAMBDA_RUNTIME.internalName)) {
            return null;
        }
        for (HookedCall call : ALL) {
            if (call.form == form && call.owner.internalName.equals(owner) && call.name.equals(name)
                    && call.descriptor.equals(descriptor)) {
                return call;
            }
        }
        return null;
    }
}
