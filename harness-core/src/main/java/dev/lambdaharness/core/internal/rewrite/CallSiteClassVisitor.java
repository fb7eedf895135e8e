package dev.lambdaharness.core.internal.rewrite;

import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Sends every use of a {@link HookedCall} member in one class to its hook.
 *
 * <ul>
 *   <li>A call or a read of {@code System.out}/{@code err} becomes: push the class constant of
 *       this class, call the hook. Operands stay where they are, so no stack map frame changes,
 *       and the stack never grows by more than that one constant, so a changed method declares
 *       its original {@code max_stack} plus one (no {@code COMPUTE_MAXS}, no class loading for
 *       {@code COMPUTE_FRAMES}). Line numbers stay on the labels they were on.</li>
 *   <li>A hooked constructor call ({@code new Socket(host, port)}: {@code NEW}, {@code DUP}, the
 *       arguments, {@code INVOKESPECIAL <init>}) becomes: push the class constant, call the hook,
 *       which returns the new object, then drop the two uninitialised references under it
 *       ({@code DUP_X2}, {@code POP} three times). Only an {@code INVOKESPECIAL} whose {@code NEW}
 *       and {@code DUP} this method was seen making is replaced, so a subclass constructor's
 *       {@code super(host, port)} stays as it is. The stack afterwards holds what it held before,
 *       the initialised object, so no frame changes.</li>
 *   <li>A method reference ({@code System::getenv}) cannot pass the calling class, so its handle is
 *       pointed at a private static synthetic bridge in this class that calls the hook, as javac
 *       does for lambdas. Serializable method references are left alone: their
 *       {@code $deserializeLambda$} compares the handle with the original member.</li>
 *   <li>A method handle constant ({@code ldc}) is pointed at the same bridge.</li>
 * </ul>
 *
 * <p>Methods that {@link MethodsWithCallSites} did not name are handed straight to the writer, which
 * then copies them from the original class file.
 */
final class CallSiteClassVisitor extends ClassVisitor {

    private static final String LAMBDA_METAFACTORY = "java/lang/invoke/LambdaMetafactory";
    /** {@code LambdaMetafactory.FLAG_SERIALIZABLE}. */
    private static final int FLAG_SERIALIZABLE = 1;
    private static final String BRIDGE_PREFIX = "lambdaharness$";
    /** max_stack is a u2 in the class file. */
    private static final int MAX_STACK_LIMIT = 0xFFFF;

    private String className;
    private Type classType;
    private boolean isInterface;
    private int version;
    private boolean changed;
    private final Map<HookedCall, Handle> bridges = new EnumMap<>(HookedCall.class);
    private final BitSet methodsToRewrite;
    private final Set<HookedCall.Scope> scopes;
    private int methodIndex = -1;

    /**
     * @param next             the writer
     * @param methodsToRewrite positions of the methods that may use a hooked member; the others pass through
     * @param scopes           which hooked calls to rewrite
     */
    CallSiteClassVisitor(ClassVisitor next, BitSet methodsToRewrite, Set<HookedCall.Scope> scopes) {
        super(Opcodes.ASM9, next);
        this.methodsToRewrite = methodsToRewrite;
        this.scopes = scopes;
    }

    /** Whether any call site was rewritten; when not, the class is best left byte for byte as it was. */
    boolean changed() {
        return changed;
    }

    @Override
    public void visit(int version, int access, String name, String signature, String superName,
            String[] interfaces) {
        this.className = name;
        this.classType = Type.getObjectType(name);
        this.isInterface = (access & Opcodes.ACC_INTERFACE) != 0;
        this.version = version;
        // A class constant (ldc of a class) needs class file version 49; older files are otherwise
        // unchanged by the move (no stack map frames until 50), so raise them to it.
        int major = version & 0xFFFF;
        super.visit(major < Opcodes.V1_5 ? Opcodes.V1_5 : version, access, name, signature, superName, interfaces);
    }

    @Override
    public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
            String[] exceptions) {
        MethodVisitor next = super.visitMethod(access, name, descriptor, signature, exceptions);
        return methodsToRewrite.get(++methodIndex) ? new CallSites(next) : next;
    }

    @Override
    public void visitEnd() {
        for (Map.Entry<HookedCall, Handle> bridge : bridges.entrySet()) {
            writeBridge(bridge.getKey(), bridge.getValue());
        }
        super.visitEnd();
    }

    private void writeBridge(HookedCall call, Handle bridge) {
        MethodVisitor mv = super.visitMethod(Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC | Opcodes.ACC_SYNTHETIC,
                bridge.getName(), bridge.getDesc(), null, null);
        mv.visitCode();
        int slot = 0;
        for (Type argument : Type.getArgumentTypes(bridge.getDesc())) {
            mv.visitVarInsn(argument.getOpcode(Opcodes.ILOAD), slot);
            slot += argument.getSize();
        }
        callHook(mv, call);
        Type result = Type.getReturnType(bridge.getDesc());
        mv.visitInsn(result.getOpcode(Opcodes.IRETURN));
        // The operands and the class constant; the result never needs more.
        mv.visitMaxs(Math.max(slot + 1, result.getSize()), slot);
        mv.visitEnd();
    }

    private void callHook(MethodVisitor mv, HookedCall call) {
        mv.visitLdcInsn(classType);
        if (call.form == HookedCall.Form.SUBCLASS) {
            mv.visitMethodInsn(Opcodes.INVOKESPECIAL, call.hooks(), "<init>", call.hookDescriptor, false);
        } else {
            mv.visitMethodInsn(Opcodes.INVOKESTATIC, call.hooks(), call.hook, call.hookDescriptor, false);
        }
        changed = true;
    }

    /** The handle to use instead of {@code handle}, or {@code handle} itself when it is not hooked. */
    private Handle redirect(Handle handle) {
        HookedCall call = HookedCall.forHandle(handle, scopes);
        // Interfaces can hold static methods only from class file version 52 (Java 8); method
        // references need 52 anyway, so only a hand-made older interface keeps its handle.
        if (call == null || (isInterface && (version & 0xFFFF) < Opcodes.V1_8)) {
            return handle;
        }
        changed = true;
        return bridges.computeIfAbsent(call, c -> new Handle(Opcodes.H_INVOKESTATIC, className,
                BRIDGE_PREFIX + c.hook + "$" + c.ordinal(), c.operandDescriptor, isInterface));
    }

    /** An object made with {@code NEW}, and whether a {@code DUP} followed. */
    private record Made(String type, boolean duplicated) {
    }

    private static boolean isSerializable(Handle bootstrap, Object[] arguments) {
        return bootstrap.getName().equals("altMetafactory") && arguments.length > 3
                && arguments[3] instanceof Integer flags && (flags & FLAG_SERIALIZABLE) != 0;
    }

    private final class CallSites extends MethodVisitor {

        /**
         * The objects of hooked classes this method has made with {@code NEW} and not yet initialised,
         * innermost last (javac initialises them in that order).
         */
        private final Deque<Made> pendingNew = new ArrayDeque<>();
        /** The class of a {@code NEW} just visited, until the next instruction says whether it is duplicated. */
        private String newJustMade;
        /**
         * The {@code new}s of a {@link HookedCall.Form#SUBCLASS} owner made of the hook class and not
         * yet initialised. The constructor call of each comes after it, nested as the operand stack
         * nests them; a constructor call with none open is a subclass's {@code super(...)}, which stays.
         */
        private int openSubclassNews;

        CallSites(MethodVisitor next) {
            super(Opcodes.ASM9, next);
        }

        /** Settles a preceding {@code NEW}: duplicated when {@code opcode} is {@code DUP}. */
        private void afterNew(int opcode) {
            if (newJustMade != null) {
                pendingNew.addLast(new Made(newJustMade, opcode == Opcodes.DUP));
                newJustMade = null;
            }
        }

        @Override
        public void visitTypeInsn(int opcode, String type) {
            afterNew(opcode);
            String hookClass = opcode == Opcodes.NEW ? HookedCall.constructedInstead(type, scopes) : null;
            if (hookClass != null) {
                openSubclassNews++;
                changed = true;
                super.visitTypeInsn(opcode, hookClass);
                return;
            }
            super.visitTypeInsn(opcode, type);
            if (opcode == Opcodes.NEW && isConstructed(type)) {
                newJustMade = type;
            }
        }

        @Override
        public void visitInsn(int opcode) {
            afterNew(opcode);
            super.visitInsn(opcode);
        }

        @Override
        public void visitVarInsn(int opcode, int varIndex) {
            afterNew(opcode);
            super.visitVarInsn(opcode, varIndex);
        }

        @Override
        public void visitIntInsn(int opcode, int operand) {
            afterNew(opcode);
            super.visitIntInsn(opcode, operand);
        }

        @Override
        public void visitJumpInsn(int opcode, Label label) {
            afterNew(opcode);
            super.visitJumpInsn(opcode, label);
        }

        @Override
        public void visitIincInsn(int varIndex, int increment) {
            afterNew(Opcodes.IINC);
            super.visitIincInsn(varIndex, increment);
        }

        @Override
        public void visitTableSwitchInsn(int min, int max, Label dflt, Label... labels) {
            afterNew(Opcodes.TABLESWITCH);
            super.visitTableSwitchInsn(min, max, dflt, labels);
        }

        @Override
        public void visitLookupSwitchInsn(Label dflt, int[] keys, Label[] labels) {
            afterNew(Opcodes.LOOKUPSWITCH);
            super.visitLookupSwitchInsn(dflt, keys, labels);
        }

        @Override
        public void visitMultiANewArrayInsn(String descriptor, int numDimensions) {
            afterNew(Opcodes.MULTIANEWARRAY);
            super.visitMultiANewArrayInsn(descriptor, numDimensions);
        }

        private boolean isConstructed(String type) {
            for (HookedCall call : HookedCall.values()) {
                if (call.form == HookedCall.Form.CONSTRUCTOR && scopes.contains(call.owner.scope)
                        && call.owner.internalName.equals(type)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether an {@code INVOKESPECIAL <init>} of {@code owner} initialises an object this method
         * made with {@code NEW} and {@code DUP}; consumes that {@code NEW} either way.
         */
        private boolean initialisesDuplicatedNew(String owner) {
            if (pendingNew.isEmpty() || !pendingNew.peekLast().type().equals(owner)) {
                return false;
            }
            return pendingNew.removeLast().duplicated();
        }

        @Override
        public void visitMaxs(int maxStack, int maxLocals) {
            // Each rewritten site pushes one class constant on top of the operands it already had.
            super.visitMaxs(Math.min(maxStack + 1, MAX_STACK_LIMIT), maxLocals);
        }

        @Override
        public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
            afterNew(opcode);
            HookedCall call = HookedCall.forInstruction(opcode, owner, name, descriptor, scopes);
            if (call == null) {
                super.visitFieldInsn(opcode, owner, name, descriptor);
            } else {
                callHook(mv, call);
            }
        }

        @Override
        public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
            afterNew(opcode);
            boolean constructor = opcode == Opcodes.INVOKESPECIAL && name.equals("<init>") && isConstructed(owner);
            HookedCall call = HookedCall.forInstruction(opcode, owner, name, descriptor, scopes);
            if (constructor && !initialisesDuplicatedNew(owner)) {
                call = null; // a super(...) call, or an object made without DUP
            }
            if (call != null && call.form == HookedCall.Form.SUBCLASS) {
                if (openSubclassNews == 0) {
                    call = null; // super(...) in a subclass's constructor
                } else {
                    openSubclassNews--;
                }
            }
            if (call == null) {
                super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
            } else {
                callHook(mv, call);
                if (call.form == HookedCall.Form.CONSTRUCTOR) {
                    // [uninit, uninit, made] -> [made]: the hook made the object the NEW had reserved.
                    mv.visitInsn(Opcodes.DUP_X2);
                    mv.visitInsn(Opcodes.POP);
                    mv.visitInsn(Opcodes.POP);
                    mv.visitInsn(Opcodes.POP);
                }
            }
        }

        @Override
        public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) {
            afterNew(Opcodes.INVOKEDYNAMIC);
            Object[] args = arguments;
            if (bootstrap.getOwner().equals(LAMBDA_METAFACTORY) && args.length > 1
                    && args[1] instanceof Handle implementation && !isSerializable(bootstrap, args)) {
                Handle redirected = redirect(implementation);
                if (redirected != implementation) {
                    args = args.clone();
                    args[1] = redirected;
                }
            }
            super.visitInvokeDynamicInsn(name, descriptor, bootstrap, args);
        }

        @Override
        public void visitLdcInsn(Object value) {
            afterNew(Opcodes.LDC);
            super.visitLdcInsn(value instanceof Handle handle ? redirect(handle) : value);
        }
    }
}
