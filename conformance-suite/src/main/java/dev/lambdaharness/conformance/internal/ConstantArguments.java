package dev.lambdaharness.conformance.internal;

import java.util.Optional;
import java.util.function.Function;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.SourceInterpreter;
import org.objectweb.asm.tree.analysis.SourceValue;

/**
 * Which string constant, if any, flows into an argument of a call: a literal loaded ({@code ldc},
 * also through local variables), or a static final field of an analysed class whose value is a
 * literal (a constant, or one assigned in the static initialiser). A value that may come from
 * anything else (a parameter, a field set at run time, {@code System.getenv}, a method's result)
 * is not a constant, so a literal used only as the default of an environment variable
 * ({@code env != null ? env : "orders"}) is not one either.
 */
final class ConstantArguments {

    /** Local variables and static fields followed, at most, from a call back to a literal. */
    private static final int MAX_STEPS = 8;

    /**
     * A constant reaching an argument.
     *
     * @param value the string
     * @param field the static final field it was read from, {@code Names.TABLE}, or null for a literal at the call
     */
    record Constant(String value, String field) {
    }

    private final ClassNode owner;
    private final MethodNode method;
    private final Frame<SourceValue>[] frames;
    private final Function<String, Optional<ClassNode>> classes;

    /**
     * @param owner the class of the method
     * @param method the method whose calls are asked about
     * @param classes the bytecode of an analysed class by internal name, to read static final fields
     */
    ConstantArguments(ClassNode owner, MethodNode method, Function<String, Optional<ClassNode>> classes) {
        this.owner = owner;
        this.method = method;
        this.classes = classes;
        this.frames = analyse(owner.name, method);
    }

    /** @return the constant the call's argument (0 for the first) always is, or empty when it may be anything else */
    Optional<Constant> argument(MethodInsnNode call, int argument) {
        Frame<SourceValue> frame = frames[method.instructions.indexOf(call)];
        if (frame == null) {
            return Optional.empty(); // unreachable code
        }
        int arguments = Type.getArgumentTypes(call.desc).length;
        return constant(method, frames, frame.getStack(frame.getStackSize() - arguments + argument), 0);
    }

    private Optional<Constant> constant(MethodNode in, Frame<SourceValue>[] inFrames, SourceValue value, int steps) {
        if (value.insns.isEmpty() || steps > MAX_STEPS) {
            return Optional.empty(); // a parameter, or too far to follow
        }
        Optional<Constant> first = Optional.empty();
        for (AbstractInsnNode source : value.insns) {
            Optional<Constant> constant = source(in, inFrames, source, steps);
            if (constant.isEmpty()) {
                return Optional.empty(); // one of the values that may arrive is not a constant
            }
            first = first.or(() -> constant);
        }
        return first;
    }

    private Optional<Constant> source(MethodNode in, Frame<SourceValue>[] inFrames, AbstractInsnNode source, int steps) {
        if (source instanceof LdcInsnNode ldc) {
            return ldc.cst instanceof String string ? Optional.of(new Constant(string, null)) : Optional.empty();
        }
        Frame<SourceValue> frame = inFrames[in.instructions.indexOf(source)];
        if (frame == null) {
            return Optional.empty();
        }
        if (source instanceof VarInsnNode variable) {
            SourceValue stored = source.getOpcode() == Opcodes.ALOAD ? frame.getLocal(variable.var) : frame.getStack(frame.getStackSize() - 1);
            return constant(in, inFrames, stored, steps + 1);
        }
        if (source.getOpcode() == Opcodes.DUP || source.getOpcode() == Opcodes.CHECKCAST) {
            return constant(in, inFrames, frame.getStack(frame.getStackSize() - 1), steps + 1);
        }
        if (source instanceof FieldInsnNode field && field.getOpcode() == Opcodes.GETSTATIC) {
            return staticField(field, steps + 1).map(value -> new Constant(value, simpleName(field.owner) + "." + field.name));
        }
        return Optional.empty();
    }

    /** @return the literal a static final field of an analysed class always holds */
    private Optional<String> staticField(FieldInsnNode read, int steps) {
        Optional<ClassNode> declaring = classes.apply(read.owner);
        if (declaring.isEmpty()) {
            return Optional.empty();
        }
        FieldNode field = declaring.get().fields.stream().filter(f -> f.name.equals(read.name)).findFirst().orElse(null);
        int finalStatic = Opcodes.ACC_STATIC | Opcodes.ACC_FINAL;
        if (field == null || (field.access & finalStatic) != finalStatic) {
            return Optional.empty();
        }
        if (field.value instanceof String string) {
            return Optional.of(string);
        }
        MethodNode initialiser = declaring.get().methods.stream().filter(m -> m.name.equals("<clinit>")).findFirst().orElse(null);
        if (initialiser == null) {
            return Optional.empty();
        }
        Frame<SourceValue>[] initFrames = initialiser == method ? frames : analyse(declaring.get().name, initialiser);
        Optional<Constant> assigned = Optional.empty();
        for (AbstractInsnNode instruction : initialiser.instructions) {
            if (instruction instanceof FieldInsnNode write && write.getOpcode() == Opcodes.PUTSTATIC
                    && write.owner.equals(read.owner) && write.name.equals(read.name)) {
                Frame<SourceValue> frame = initFrames[initialiser.instructions.indexOf(write)];
                if (frame == null) {
                    continue;
                }
                assigned = constant(initialiser, initFrames, frame.getStack(frame.getStackSize() - 1), steps);
                if (assigned.isEmpty()) {
                    return Optional.empty();
                }
            }
        }
        return assigned.map(Constant::value);
    }

    private static String simpleName(String internalName) {
        return internalName.substring(internalName.lastIndexOf('/') + 1).replace('$', '.');
    }

    @SuppressWarnings("unchecked")
    private static Frame<SourceValue>[] analyse(String owner, MethodNode method) {
        try {
            return new Analyzer<>(new SourceInterpreter()).analyze(owner, method);
        } catch (AnalyzerException e) {
            // Bytecode ASM cannot follow (a compiler's or an agent's) has no frames: nothing is reported in it.
            return (Frame<SourceValue>[]) new Frame<?>[method.instructions.size()];
        }
    }
}
