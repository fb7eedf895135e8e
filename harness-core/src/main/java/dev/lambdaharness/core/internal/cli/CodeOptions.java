package dev.lambdaharness.core.internal.cli;

import dev.lambdaharness.core.FunctionCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The function's code as {@code --classpath} and {@code --layer} give it, read as Lambda reads a
 * function: one deployment package ({@code .zip}) or task root, or class folders and jars, with
 * layers in {@code /opt}. A {@code .zip} that Lambda would not take where it is given is refused with
 * what to write instead, rather than put on a class path, where Lambda never puts a zip.
 *
 * <pre>{@code
 * CodeOptions.code(List.of(Path.of("target/orders.zip")), List.of(Path.of("layers/shared.zip")));
 * }</pre>
 */
final class CodeOptions {

    private CodeOptions() {
    }

    /**
     * The function's code.
     *
     * @throws Main.UsageProblem when a {@code .zip} is given where Lambda would not take it
     * @throws dev.lambdaharness.core.InvalidFunctionCodeException when a path is missing or not code
     */
    static FunctionCode code(List<Path> classpath, List<Path> layers) {
        FunctionCode code = functionCode(classpath);
        return layers.isEmpty() ? code : code.withLayers(layers.toArray(Path[]::new));
    }

    private static FunctionCode functionCode(List<Path> classpath) {
        if (classpath.size() == 1) {
            Path only = classpath.get(0);
            if (isZip(only)) {
                if (isLayer(only)) {
                    throw new Main.UsageProblem("--classpath " + only + " is a layer: it holds java/lib/*.jar and"
                            + " no classes of its own, and Lambda puts a layer in /opt, not in the function's"
                            + " package. Give it with --layer " + only + ", and the function's code with --classpath.");
                }
                return FunctionCode.fromDeploymentPackage(only);
            }
            if (Files.isDirectory(only.resolve("lib"))) {
                return FunctionCode.fromTaskRoot(only);
            }
        }
        for (Path entry : classpath) {
            if (isZip(entry)) {
                throw new Main.UsageProblem(isLayer(entry)
                        ? "--classpath entry " + entry + " is a layer (it holds java/lib/*.jar): Lambda puts a"
                                + " layer in /opt, not on the function's class path. Give it with --layer " + entry + "."
                        : "--classpath entry " + entry + " is a .zip among other entries, but Lambda runs one"
                                + " deployment package. Give the .zip alone (--classpath " + entry + "), or its"
                                + " classes and jars unpacked.");
            }
        }
        return FunctionCode.fromPaths(classpath);
    }

    private static boolean isZip(Path path) {
        return path.getFileName() != null
                && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip");
    }

    /**
     * Whether an archive is laid out as a Java layer, {@code java/lib/*.jar} with no classes or
     * {@code lib/*.jar} of a function beside them. An archive that cannot be read is left for
     * {@link FunctionCode} to refuse with its own message.
     */
    private static boolean isLayer(Path archive) {
        if (!Files.isRegularFile(archive)) {
            return false;
        }
        boolean layerJars = false;
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
                String name = entries.nextElement().getName();
                if (name.endsWith(".class") || (name.startsWith("lib/") && name.endsWith(".jar"))) {
                    return false;
                }
                layerJars |= name.startsWith("java/lib/") && name.endsWith(".jar");
            }
        } catch (IOException e) {
            return false;
        }
        return layerJars;
    }
}
