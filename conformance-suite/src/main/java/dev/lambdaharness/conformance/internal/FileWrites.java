package dev.lambdaharness.conformance.internal;

import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.SourceCodeLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Finds file writes to a literal absolute path outside {@code /tmp}, read from the bytecode: a
 * path constant loaded before a file-writing call of {@code java.io} or {@code java.nio.file},
 * with no other file call between them (so a literal read from, then a write elsewhere, is not
 * taken for the write's path). Lambda's file system is read-only but for {@code /tmp}.
 */
final class FileWrites implements InvocationPathCondition.Check {

    private static final String EPHEMERAL = "/tmp";
    private static final Set<String> WRITES = Set.of(
            "java/io/FileOutputStream.<init>", "java/io/FileWriter.<init>", "java/io/PrintWriter.<init>", "java/io/PrintStream.<init>",
            "java/io/RandomAccessFile.<init>", "java/io/File.createNewFile", "java/io/File.mkdir", "java/io/File.mkdirs",
            "java/nio/file/Files.write", "java/nio/file/Files.writeString", "java/nio/file/Files.newOutputStream",
            "java/nio/file/Files.newBufferedWriter", "java/nio/file/Files.createFile", "java/nio/file/Files.createDirectory",
            "java/nio/file/Files.createDirectories", "java/nio/file/Files.copy", "java/nio/file/Files.move");
    /** Calls that only turn a string into a path: the literal flows through them to the write. */
    private static final Set<String> CONVERSIONS = Set.of("java/nio/file/Path.of", "java/nio/file/Paths.get", "java/io/File.<init>");

    @Override
    public List<Finding> findings(JavaCodeUnit unit, List<JavaCodeUnit> chain, Set<JavaCodeUnit> reached) {
        List<Finding> found = new ArrayList<>();
        Bytecode.method(unit).ifPresent(method -> scan(unit, method, found));
        return found;
    }

    private static void scan(JavaCodeUnit unit, MethodNode method, List<Finding> found) {
        List<String> pending = new ArrayList<>();
        int line = -1;
        for (AbstractInsnNode instruction : method.instructions) {
            if (instruction instanceof LineNumberNode number) {
                line = number.line;
            } else if (instruction instanceof LdcInsnNode ldc && ldc.cst instanceof String string && outsideEphemeralStorage(string)) {
                pending.add(string);
            } else if (instruction instanceof MethodInsnNode call && isFileCall(call.owner)) {
                String target = call.owner + "." + call.name;
                if (WRITES.contains(target)) {
                    for (String path : pending) {
                        found.add(new Finding("writes a file outside " + EPHEMERAL + ", \"" + path + "\", with "
                                + call.owner.substring(call.owner.lastIndexOf('/') + 1) + "." + call.name,
                                unit, SourceCodeLocation.of(unit.getOwner(), line)));
                    }
                }
                if (!CONVERSIONS.contains(target)) {
                    pending.clear();
                }
            }
        }
    }

    private static boolean isFileCall(String owner) {
        return owner.startsWith("java/nio/file/") || owner.startsWith("java/io/File") || owner.equals("java/io/PrintWriter")
                || owner.equals("java/io/PrintStream") || owner.equals("java/io/RandomAccessFile");
    }

    static boolean outsideEphemeralStorage(String path) {
        return path.startsWith("/") && path.length() > 1 && !path.equals(EPHEMERAL) && !path.startsWith(EPHEMERAL + "/");
    }
}
