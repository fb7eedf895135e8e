import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Collections;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.commons.ClassRemapper;
import org.objectweb.asm.commons.Remapper;

/**
 * Copies the classes of one package tree out of library jars into a class folder under another
 * package, rewriting every reference (names, descriptors, signatures and class names written as
 * strings), so the build can compile against the library under our own name and ship it inside
 * our jar. Run by the build before compilation, with ASM and asm-commons on the class path:
 *
 * <pre>{@code
 * java -cp asm.jar:asm-commons.jar RelocateClasses.java com.fasterxml.jackson dev.lambdaharness.internal.jackson target/classes jackson-core.jar ...
 * }</pre>
 *
 * Each jar's {@code META-INF/LICENSE} and {@code META-INF/NOTICE} go to
 * {@code META-INF/licenses/<jar name>/}; other {@code META-INF} entries (manifests, service files,
 * multi-release variants) are left out, the base classes being the ones every JDK runs.
 */
public final class RelocateClasses {

    public static void main(String[] args) throws IOException {
        if (args.length < 4) {
            throw new IllegalArgumentException("usage: RelocateClasses FROM_PACKAGE TO_PACKAGE OUTPUT_DIR JAR...");
        }
        String from = args[0].replace('.', '/') + "/";
        String to = args[1].replace('.', '/') + "/";
        Path output = Paths.get(args[2]);
        Remapper remapper = new PrefixRemapper(from, to);
        int written = 0;
        for (int i = 3; i < args.length; i++) {
            Path jarPath = Paths.get(args[i]);
            String jarName = jarPath.getFileName().toString().replaceFirst("\\.jar$", "");
            try (JarFile jar = new JarFile(jarPath.toFile())) {
                for (JarEntry entry : Collections.list(jar.entries())) {
                    String name = entry.getName();
                    if (entry.isDirectory()) {
                        continue;
                    }
                    Path target;
                    if (name.equals("META-INF/LICENSE") || name.equals("META-INF/NOTICE")) {
                        target = output.resolve("META-INF/licenses/" + jarName + "/" + name.substring("META-INF/".length()));
                    } else if (name.startsWith(from)) {
                        target = output.resolve(to + name.substring(from.length()));
                    } else {
                        continue;
                    }
                    byte[] bytes = jar.getInputStream(entry).readAllBytes();
                    if (name.endsWith(".class")) {
                        ClassWriter writer = new ClassWriter(0);
                        new ClassReader(bytes).accept(new ClassRemapper(writer, remapper), 0);
                        bytes = writer.toByteArray();
                    }
                    Files.createDirectories(target.getParent());
                    Files.write(target, bytes);
                    written++;
                }
            }
        }
        System.out.println("Relocated " + written + " entries from " + args[0] + " to " + args[1] + " in " + output);
    }

    /** Renames one package prefix, in internal names and in strings that hold a class name. */
    private static final class PrefixRemapper extends Remapper {
        private final String from;
        private final String to;
        private final String fromDotted;
        private final String toDotted;

        PrefixRemapper(String from, String to) {
            super(Opcodes.ASM9);
            this.from = from;
            this.to = to;
            this.fromDotted = from.replace('/', '.');
            this.toDotted = to.replace('/', '.');
        }

        @Override
        public String map(String internalName) {
            return internalName.startsWith(from) ? to + internalName.substring(from.length()) : internalName;
        }

        @Override
        public Object mapValue(Object value) {
            // Libraries load optional parts by name (Class.forName("com.fasterxml.jackson...")).
            if (value instanceof String text) {
                if (text.startsWith(fromDotted)) {
                    return toDotted + text.substring(fromDotted.length());
                }
                if (text.startsWith(from)) {
                    return to + text.substring(from.length());
                }
            }
            return super.mapValue(value);
        }
    }
}
