package dev.lambdaharness.core.internal.rewrite;

import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;

/**
 * The JDK members whose uses in function code are sent to {@code EnvironmentHooks}, with the hook
 * each goes to. A hook takes the original operands (the receiver first for {@link Runtime}'s
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
    LAMBDA_RUNTIME_LOGGER(Form.STATIC, Owner.LAMBDA_RUNTIME, "getLogger",
            "()Lcom/amazonaws/services/lambda/runtime/LambdaLogger;", "lambdaRuntimeLogger");

    /** Internal name of the class that holds the hooks. */
    static final String HOOKS = "dev/lambdaharness/core/internal/hooks/EnvironmentHooks";

    /** How the original member is used. */
    enum Form { STATIC, VIRTUAL, GET_STATIC }

    /** The classes that own hooked members. */
    enum Owner {
        SYSTEM("java/lang/System"), RUNTIME("java/lang/Runtime"), PROCESS_BUILDER("java/lang/ProcessBuilder"),
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
    final String hook;
    /** The operands a replacement takes, as a method descriptor: what a bridge method for a handle declares. */
    final String operandDescriptor;
    /** {@link #operandDescriptor} with the calling class appended: the hook's descriptor. */
    final String hookDescriptor;

    HookedCall(Form form, Owner owner, String name, String descriptor, String hook) {
        this.form = form;
        this.owner = owner;
        this.name = name;
        this.descriptor = descriptor;
        this.hook = hook;
        this.operandDescriptor = switch (form) {
            case STATIC -> descriptor;
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
            default -> null;
        };
        return form == null ? null : find(form, owner, name, descriptor);
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
        if (!owner.startsWith("java/lang/") && !owner.equals(Owner.LAMBDA_RUNTIME.internalName)) {
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
