package dev.lambdaharness.core.runtimeset;

import dev.lambdaharness.core.corpus.CorpusCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;

/** Shaded jars and function folders built from real class files, for the tests of what a function sees. */
final class ShadedJars {

    static final String CONTEXT = "com/amazonaws/services/lambda/runtime/Context.class";

    private ShadedJars() {
    }

    /**
     * A shaded layer jar: {@link LayerUtility} with aws-lambda-java-core's {@code Context} (the
     * version this module compiles against) bundled beside it, as a shade plugin without exclusions makes it.
     */
    static Path layerWithContext(Path directory) {
        Path jar = directory.resolve("shaded-layer.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
             JarFile core = new JarFile(CorpusCode.jarOf(com.amazonaws.services.lambda.runtime.Context.class).toFile())) {
            out.putNextEntry(new JarEntry(CONTEXT));
            try (InputStream in = core.getInputStream(core.getJarEntry(CONTEXT))) {
                in.transferTo(out);
            }
            out.closeEntry();
            String utility = classFile(LayerUtility.class);
            out.putNextEntry(new JarEntry(utility));
            Files.copy(CorpusCode.testClasses().resolve(utility), out);
            out.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return jar;
    }

    /** A folder holding only the given class's file: a function's code without anything else of the test classes. */
    static Path folderWith(Class<?> type, Path directory) {
        String file = classFile(type);
        Path folder = directory.resolve("function");
        try {
            Files.createDirectories(folder.resolve(file).getParent());
            Files.copy(CorpusCode.testClasses().resolve(file), folder.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder;
    }

    private static String classFile(Class<?> type) {
        return type.getName().replace('.', '/') + ".class";
    }
}
