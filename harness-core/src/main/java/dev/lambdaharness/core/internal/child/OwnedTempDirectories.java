package dev.lambdaharness.core.internal.child;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Temporary directories that name the process that owns them, {@code <prefix>p<pid>-<random>}, so
 * that those a test JVM killed outright left behind (its shutdown hooks never ran) are deleted by
 * the next one that makes a directory of the same kind, once their owner is gone.
 *
 * <pre>{@code
 * Path directory = OwnedTempDirectories.create(Path.of(System.getProperty("java.io.tmpdir")), "lambda-harness-child-");
 * // lambda-harness-child-p4242-123456789; a lambda-harness-child-p17-… whose process 17 is gone was deleted first
 * }</pre>
 */
public final class OwnedTempDirectories {

    private static final long OWNER = ProcessHandle.current().pid();
    private static final Set<Path> RECLAIMED = ConcurrentHashMap.newKeySet();

    private OwnedTempDirectories() {
    }

    /** A new directory in java.io.tmpdir, after the leftovers of its kind have been reclaimed (once per JVM). */
    public static Path create(String prefix) throws IOException {
        return create(Path.of(System.getProperty("java.io.tmpdir")), prefix);
    }

    /** A new directory in {@code parent}, after the leftovers of its kind there have been reclaimed (once per JVM). */
    public static Path create(Path parent, String prefix) throws IOException {
        if (RECLAIMED.add(parent.toAbsolutePath().resolve(prefix))) {
            reclaim(parent, prefix);
        }
        return Files.createTempDirectory(parent, prefix + "p" + OWNER + "-");
    }

    /** The owner's pid in a directory's name, or empty when the name is not one of {@code prefix}'s. */
    static OptionalLong owner(String name, String prefix) {
        if (!name.startsWith(prefix + "p")) {
            return OptionalLong.empty();
        }
        String rest = name.substring(prefix.length() + 1);
        int dash = rest.indexOf('-');
        try {
            return dash > 0 ? OptionalLong.of(Long.parseLong(rest.substring(0, dash))) : OptionalLong.empty();
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** Deletes the directories of {@code prefix} in {@code parent} whose owner no longer runs. */
    static void reclaim(Path parent, String prefix) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent, prefix + "p*")) {
            for (Path entry : entries) {
                OptionalLong owner = owner(entry.getFileName().toString(), prefix);
                if (owner.isPresent() && owner.getAsLong() != OWNER && ProcessHandle.of(owner.getAsLong()).isEmpty()
                        && Files.isDirectory(entry)) {
                    delete(entry);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // nothing to reclaim, or not ours to read: leftovers are harmless
        }
    }

    /**
     * Deletes a temporary directory and everything in it, as far as it can: a leftover is harmless,
     * and the next run of its kind reclaims it. Nothing happens for null or a missing directory.
     */
    public static void delete(Path directory) {
        if (directory == null || !Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // another run reclaims it at the same time, or it is not ours
        }
    }
}
