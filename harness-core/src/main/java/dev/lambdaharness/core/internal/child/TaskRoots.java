package dev.lambdaharness.core.internal.child;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Builds a task root ({@code /var/task} on Lambda: classes at the top, jars in {@code lib/}) from
 * the class directories and jars a build produces, e.g. {@code target/classes} and dependency jars.
 *
 * <pre>{@code
 * Path taskRoot = TaskRoots.materialise(tempDir.resolve("task"),
 *         List.of(Path.of("target/test-classes"), eventsJar, jodaTimeJar));
 * }</pre>
 */
public final class TaskRoots {

    /** The directory, inside a task root, whose jars the RIC adds to the function's class loader. */
    public static final String LIB = "lib";

    /** Layer jars ({@code /opt/java/lib} on Lambda) are linked into the task root's {@code lib/} under this prefix. */
    public static final String LAYER_JAR_PREFIX = "~opt-java-lib~";

    private TaskRoots() {
    }

    /**
     * Copies each directory's files into {@code target} (new or empty) (a file already there wins, as the earlier
     * class path entry wins) and links (or copies) each jar into {@code target/lib}. The RIC adds the jars in
     * file-name order, whatever their order here.
     *
     * @return {@code target}
     */
    public static Path materialise(Path target, List<Path> classDirectoriesAndJars) {
        try {
            Files.createDirectories(target.resolve(LIB));
            for (Path entry : classDirectoriesAndJars) {
                if (Files.isDirectory(entry)) {
                    copyTree(entry, target);
                } else if (Files.isRegularFile(entry) && entry.getFileName().toString().endsWith(".jar")) {
                    Path link = target.resolve(LIB).resolve(entry.getFileName().toString());
                    if (Files.exists(link, LinkOption.NOFOLLOW_LINKS)) {
                        throw new IllegalArgumentException("Two jars named " + entry.getFileName() + " (the second is " + entry
                                + "): a task root's lib/ holds one file per name. Rename or drop one.");
                    }
                    linkOrCopy(entry.toAbsolutePath(), link);
                } else {
                    throw new IllegalArgumentException(entry + " is neither a directory nor a .jar file; a task root is built from"
                            + " class directories and jars.");
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not build the task root " + target + ": " + e.getMessage(), e);
        }
    }

    private static void copyTree(Path source, Path target) throws IOException {
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path destination = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(destination);
                } else if (!Files.exists(destination)) {
                    Files.copy(file, destination);
                }
            }
        }
    }

    /**
     * Links layer jars into {@code taskRoot/lib}. The RIC reads them from {@code /opt/java/lib}, a
     * path no test may write to; under {@link #LAYER_JAR_PREFIX}, which sorts after ordinary
     * names, they keep their place after the function's own jars, as on Lambda.
     */
    public static void placeLayerJars(List<Path> layerJars, Path taskRoot) {
        for (Path jar : layerJars) {
            if (!Files.isRegularFile(jar) || !jar.getFileName().toString().endsWith(".jar")) {
                throw new IllegalArgumentException("The layer jar " + jar + " is not a .jar file.");
            }
            try {
                Path lib = Files.createDirectories(taskRoot.resolve(LIB));
                Path link = lib.resolve(LAYER_JAR_PREFIX + jar.getFileName());
                if (Files.exists(link, LinkOption.NOFOLLOW_LINKS)) {
                    Files.delete(link);
                }
                linkOrCopy(jar.toAbsolutePath(), link);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not place the layer jar " + jar + " in " + taskRoot + "/lib: " + e.getMessage(), e);
            }
        }
    }

    /**
     * A hard link where the file system allows one (instant, and unlike a symbolic link it is an
     * ordinary file to whoever deletes the task root), else a copy.
     */
    static void linkOrCopy(Path source, Path link) throws IOException {
        try {
            Files.createLink(link, source);
        } catch (UnsupportedOperationException | IOException e) {
            Files.copy(source, link);
        }
    }
}
