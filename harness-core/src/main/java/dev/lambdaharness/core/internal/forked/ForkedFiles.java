package dev.lambdaharness.core.internal.forked;

import dev.lambdaharness.core.FunctionCode;
import dev.lambdaharness.core.internal.child.OwnedTempDirectories;
import dev.lambdaharness.core.internal.child.TaskRoots;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The files of forked environments, under one private directory per test JVM that a shutdown hook
 * deletes: a task root per function code (built once: it is read-only code, as {@code /var/task}
 * is), and a scratch directory per environment for its {@code java.io.tmpdir}.
 *
 * <p>A child with a private {@code /tmp} cannot see the machine's: what it reads of ours (its task
 * root, the RIC's native client) then lives under a second directory outside {@code /tmp} (the
 * test JVM's {@code java.io.tmpdir} when that is elsewhere, else {@code /var/tmp}).
 */
final class ForkedFiles {

    /** Where the machine's temporary files are, and what a private {@code /tmp} hides. */
    static final Path TMP = Path.of("/tmp");
    /** Temporary files that survive a reboot; outside {@code /tmp} by the file system hierarchy standard. */
    private static final Path VAR_TMP = Path.of("/var/tmp");

    private static final Map<FunctionCode, Path> TASK_ROOTS = new ConcurrentHashMap<>();
    private static final Map<FunctionCode, Path> TASK_ROOTS_OUTSIDE_TMP = new ConcurrentHashMap<>();
    private static final Map<Path, Path> COPIES_OUTSIDE_TMP = new ConcurrentHashMap<>();
    private static Path base;
    private static Path outsideTmpBase;

    private ForkedFiles() {
    }

    /**
     * The task root of {@code code}: its directories copied in order (the first copy of a file wins),
     * its jars linked into {@code lib/}, its layer jars linked after them.
     */
    static Path taskRoot(FunctionCode code) {
        return TASK_ROOTS.computeIfAbsent(code, c -> materialise(c, false));
    }

    /** As {@link #taskRoot(FunctionCode)}, outside {@code /tmp}, for a child with a private one. */
    static Path taskRootOutsideTmp(FunctionCode code) {
        return TASK_ROOTS_OUTSIDE_TMP.computeIfAbsent(code, c -> materialise(c, true));
    }

    /**
     * {@code file} itself when it lies outside {@code /tmp}, else a copy outside it, made once. A
     * directory is copied whole: the harness's own classes are a directory when it is built from a
     * checkout, and a checkout may well lie under {@code /tmp}.
     */
    static Path outsideTmp(Path file) {
        if (!underTmp(file)) {
            return file;
        }
        return COPIES_OUTSIDE_TMP.computeIfAbsent(file, source -> {
            try {
                Path copy = Files.createTempDirectory(outsideTmpBase(), "copy-").resolve(source.getFileName());
                if (!Files.isDirectory(source)) {
                    return Files.copy(source, copy);
                }
                try (Stream<Path> paths = Files.walk(source)) {
                    for (Path path : (Iterable<Path>) paths::iterator) {
                        Files.copy(path, copy.resolve(source.relativize(path).toString()));
                    }
                }
                return copy;
            } catch (IOException e) {
                throw new UncheckedIOException("Could not copy " + source + " out of /tmp for a child with a private /tmp: "
                        + e.getMessage(), e);
            }
        });
    }

    /** Whether {@code path} is {@code /tmp} or below it, links resolved as far as they exist. */
    static boolean underTmp(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        try {
            absolute = absolute.toRealPath();
        } catch (IOException e) {
            // not there (yet): judged by its name
        }
        return absolute.startsWith(TMP);
    }

    /**
     * The directory for files a child with a private {@code /tmp} must reach, created on first use.
     *
     * @throws IOException when there is none: java.io.tmpdir is under /tmp and /var/tmp is not writable
     */
    static synchronized Path outsideTmpBase() throws IOException {
        if (outsideTmpBase == null) {
            Path regular = base();
            if (!underTmp(regular)) {
                outsideTmpBase = regular;
            } else if (Files.isDirectory(VAR_TMP) && Files.isWritable(VAR_TMP)) {
                Path directory = OwnedTempDirectories.create(VAR_TMP, "lambda-harness-forked-");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteRecursively(directory), "lambda-harness-forked-files"));
                outsideTmpBase = directory;
            } else {
                throw new IOException("java.io.tmpdir (" + regular.getParent() + ") is under /tmp and " + VAR_TMP
                        + " is no writable directory; start the tests with -Djava.io.tmpdir set to a directory outside /tmp");
            }
        }
        return outsideTmpBase;
    }

    /** A new, empty directory for one environment's temporary files. */
    static Path environmentDirectory(String environmentId) {
        try {
            Path directory = Files.createTempDirectory(base(), "environment-" + environmentId + "-");
            Files.createDirectories(directory.resolve("tmp"));
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create a directory for forked environment " + environmentId + ": "
                    + e.getMessage(), e);
        }
    }

    static void deleteRecursively(Path directory) {
        OwnedTempDirectories.delete(directory);
    }

    private static Path materialise(FunctionCode code, boolean outsideTmp) {
        List<Path> entries = new ArrayList<>();
        List<Path> directories = new ArrayList<>();
        for (Path entry : code.functionEntries()) {
            if (Files.isDirectory(entry)) {
                directories.add(entry);
                entries.add(entry);
            } else if (directories.stream().noneMatch(directory -> entry.startsWith(directory.resolve(TaskRoots.LIB)))) {
                entries.add(entry); // a task root's own lib/*.jar arrive with the copy of its directory
            }
        }
        try {
            Path target = Files.createTempDirectory(outsideTmp ? outsideTmpBase() : base(), "task-");
            TaskRoots.materialise(target, entries);
            TaskRoots.placeLayerJars(code.layerJars(), target);
            return target.toRealPath(); // the JVM reports user.dir with links resolved; LAMBDA_TASK_ROOT must agree
        } catch (IOException e) {
            throw new UncheckedIOException("Could not build the task root of " + code + ": " + e.getMessage(), e);
        }
    }

    private static synchronized Path base() throws IOException {
        if (base == null) {
            Path directory = OwnedTempDirectories.create("lambda-harness-forked-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteRecursively(directory), "lambda-harness-forked-files"));
            base = directory;
        }
        return base;
    }
}
