package dev.lambdaharness.conformance.internal;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.Source;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * What ArchUnit's model does not hold, read from the class files with ASM: string constants and
 * instruction counts. Each class file is read once per imported {@link JavaClass}.
 */
final class Bytecode {

    private static final Map<JavaClass, Optional<ClassNode>> READ = new WeakHashMap<>();

    private Bytecode() {
    }

    /** @return the class's bytecode, or empty when ArchUnit imported it without a readable class file */
    public static Optional<ClassNode> of(JavaClass javaClass) {
        synchronized (READ) {
            return READ.computeIfAbsent(javaClass, Bytecode::read);
        }
    }

    private static Optional<ClassNode> read(JavaClass javaClass) {
        Optional<Source> source = javaClass.getSource();
        if (source.isEmpty()) {
            return Optional.empty();
        }
        try (InputStream in = source.get().getUri().toURL().openStream()) {
            ClassNode node = new ClassNode();
            new ClassReader(in).accept(node, ClassReader.SKIP_FRAMES);
            return Optional.of(node);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the class file of " + javaClass.getName() + " at " + source.get().getUri()
                    + "; rebuild the project (mvn compile) and run the rules again", e);
        }
    }

    /** @return the code unit's method in the class file, if it has one */
    public static Optional<MethodNode> method(JavaCodeUnit unit) {
        return of(unit.getOwner()).flatMap(node -> node.methods.stream()
                .filter(method -> method.name.equals(unit.getName()) && method.desc.equals(unit.getDescriptor()))
                .findFirst());
    }

    /** @return the string constants the code unit loads ({@code ldc}), in order */
    public static List<String> strings(JavaCodeUnit unit) {
        return method(unit).map(Bytecode::strings).orElse(List.of());
    }

    /** A string constant a method loads, with the source line that loads it (-1 when the class has no line numbers). */
    public record Constant(String value, int line) {
    }

    /** @return the string constants the code unit loads, with their lines, in order */
    public static List<Constant> constants(JavaCodeUnit unit) {
        List<Constant> constants = new ArrayList<>();
        method(unit).ifPresent(method -> {
            int line = -1;
            for (AbstractInsnNode instruction : method.instructions) {
                if (instruction instanceof LineNumberNode number) {
                    line = number.line;
                } else if (instruction instanceof LdcInsnNode ldc && ldc.cst instanceof String string) {
                    constants.add(new Constant(string, line));
                }
            }
        });
        return constants;
    }

    static List<String> strings(MethodNode method) {
        List<String> strings = new ArrayList<>();
        for (AbstractInsnNode instruction : method.instructions) {
            if (instruction instanceof LdcInsnNode ldc && ldc.cst instanceof String string) {
                strings.add(string);
            }
        }
        return strings;
    }

    /** @return every string constant of the class: its methods' {@code ldc}s and its constant fields' values */
    public static List<String> strings(ClassNode node) {
        List<String> strings = new ArrayList<>();
        for (FieldNode field : node.fields) {
            if (field.value instanceof String string) {
                strings.add(string);
            }
        }
        for (MethodNode method : node.methods) {
            strings.addAll(strings(method));
        }
        return strings;
    }

    /** @return the number of real instructions of a method: labels, line numbers and frames do not count */
    public static int instructions(MethodNode method) {
        int count = 0;
        for (AbstractInsnNode instruction : method.instructions) {
            if (instruction.getOpcode() >= 0) {
                count++;
            }
        }
        return count;
    }
}
