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
 * FROM_PACKAGE and TO_PACKAGE may each be a comma-separated list of the same length: each package
 * tree is copied under its own new name, and references to any of them rewritten (a library and
 * the libraries it uses, relocated together).
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
        String[] froms = args[0].split(",");
        String[] tos = args[1].split(",");
        if (froms.length != tos.length) {
            throw new IllegalArgumentException("FROM_PACKAGE and TO_PACKAGE name " + froms.length + " and " + tos.length
                    + " packages: give as many of each");
        }
        Path output = Paths.get(args[2]);
        PrefixRemapper[] remappers = new PrefixRemapper[froms.length];
        for (int i = 0; i < froms.length; i++) {
            remappers[i] = new PrefixRemapper(froms[i].replace('.', '/') + "/", tos[i].replace('.', '/') + "/");
        }
        Remapper remapper = new Remapper(Opcodes.ASM9) {
            @Override
            public String map(String internalName) {
                for (PrefixRemapper one : remappers) {
                    String mapped = one.map(internalName);
                    if (!mapped.equals(internalName)) {
                        return mapped;
                    }
                }
                return internalName;
            }

            @Override
            public Object mapValue(Object value) {
                for (PrefixRemapper one : remappers) {
                    Object mapped = one.mapValue(value);
                    if (!mapped.equals(value)) {
                        return mapped;
                    }
                }
                return super.mapValue(value);
            }
        };
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
                    } else {
                        target = null;
                        for (PrefixRemapper one : remappers) {
                            if (name.startsWith(one.from)) {
                                target = output.resolve(one.to + name.substring(one.from.length()));
                            }
                        }
                        if (target == null) {
                            continue;
                        }
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
