package dev.lambdaharness.core.internal.forked;

import dev.lambdaharness.core.FunctionCode;
import dev.lambdaharness.core.internal.oracle.TaskRoots;
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
 */
final class ForkedFiles {

    private static final Map<FunctionCode, Path> TASK_ROOTS = new ConcurrentHashMap<>();
    private static Path base;

    private ForkedFiles() {
    }

    /**
     * The task root of {@code code}: its directories copied in order (the first copy of a file wins),
     * its jars linked into {@code lib/}, its layer jars linked after them.
     */
    static Path taskRoot(FunctionCode code) {
        return TASK_ROOTS.computeIfAbsent(code, ForkedFiles::materialise);
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
        if (directory == null || !Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a leftover temporary file is harmless; the next run uses a new directory
        }
    }

    private static Path materialise(FunctionCode code) {
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
            Path target = Files.createTempDirectory(base(), "task-");
            TaskRoots.materialise(target, entries);
            TaskRoots.placeLayerJars(code.layerJars(), target);
            return target.toRealPath(); // the JVM reports user.dir with links resolved; LAMBDA_TASK_ROOT must agree
        } catch (IOException e) {
            throw new UncheckedIOException("Could not build the task root of " + code + ": " + e.getMessage(), e);
        }
    }

    private static synchronized Path base() throws IOException {
        if (base == null) {
            Path directory = Files.createTempDirectory("lambda-harness-forked-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteRecursively(directory), "lambda-harness-forked-files"));
            base = directory;
        }
        return base;
    }
}
