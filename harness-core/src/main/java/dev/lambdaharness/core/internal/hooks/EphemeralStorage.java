package dev.lambdaharness.core.internal.hooks;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * One in-process environment's ephemeral storage: the bytes its function writes under {@code /tmp}
 * or {@code java.io.tmpdir} through the rewritten write calls ({@link StorageHooks},
 * {@link AccountedFileOutputStream}), held to the function's ephemeral storage size. A write that
 * would take the files written past the size fails, before any of its bytes are written, with the
 * {@link IOException} Lambda's file system gives: {@value #NO_SPACE}. Deleting a file frees its
 * space: the sizes are read again from the disk before a write is refused.
 *
 * <pre>{@code
 * EphemeralStorage storage = new EphemeralStorage(512);
 * Path file = storage.covered(Path.of("/tmp/report.csv"));   // null when outside /tmp
 * storage.beforeWrite(file, 600L * 1024 * 1024);            // throws IOException: No space left on device
 * }</pre>
 */
public final class EphemeralStorage {

    /** The message of the {@link IOException} a write past the size throws: the JDK's text for {@code ENOSPC}. */
    public static final String NO_SPACE = "No space left on device";

    private static final long MIB = 1024L * 1024;

    private final long limitBytes;
    private final List<Path> directories;
    /** The size of each file the function has written, as this accounting last knew it. */
    private final Map<Path, Long> sizes = new HashMap<>();
    private long total;

    /** The storage of an environment whose function has {@code sizeMb} of ephemeral storage. */
    public EphemeralStorage(int sizeMb) {
        this.limitBytes = sizeMb * MIB;
        Path tmp = Path.of("/tmp");
        Path tmpdir = Path.of(System.getProperty("java.io.tmpdir", "/tmp")).toAbsolutePath().normalize();
        this.directories = tmpdir.startsWith(tmp) ? List.of(tmp) : List.of(tmp, tmpdir);
    }

    /** The file as an absolute path when it lies under {@code /tmp} or {@code java.io.tmpdir}, else null. */
    public Path covered(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        for (Path directory : directories) {
            if (absolute.startsWith(directory) && !absolute.equals(directory)) {
                return absolute;
            }
        }
        return null;
    }

    /** As {@link #covered(Path)} for a {@link File} or a file name; null also for a name that is no path. */
    Path covered(File file) {
        try {
            return covered(file.toPath());
        } catch (InvalidPathException e) {
            return null; // the JDK's own open reports it
        }
    }

    /** The size this accounting holds for a covered file: on first sight, its size on disk. */
    public synchronized long sizeOf(Path file) {
        return sizes.computeIfAbsent(file, EphemeralStorage::sizeOnDisk);
    }

    /** A covered file was truncated (opened for writing without append). */
    public synchronized void truncated(Path file) {
        set(file, 0);
    }

    /**
     * A write is about to make a covered file {@code endPosition} bytes long (or leave it as it is
     * when it is longer already).
     *
     * @throws IOException {@value #NO_SPACE}, when the files written would then exceed the size
     */
    public synchronized void beforeWrite(Path file, long endPosition) throws IOException {
        long now = sizeOf(file);
        long after = Math.max(now, endPosition);
        if (total - now + after > limitBytes) {
            refresh(); // files deleted or truncated since: their space is free again
            now = sizeOf(file);
            after = Math.max(now, endPosition);
            if (total - now + after > limitBytes) {
                throw new IOException(NO_SPACE);
            }
        }
        set(file, after);
    }

    private void set(Path file, long size) {
        Long before = sizes.put(file, size);
        total += size - (before == null ? 0 : before);
    }

    private void refresh() {
        total = 0;
        for (Iterator<Map.Entry<Path, Long>> entries = sizes.entrySet().iterator(); entries.hasNext();) {
            Map.Entry<Path, Long> entry = entries.next();
            if (Files.exists(entry.getKey())) {
                entry.setValue(sizeOnDisk(entry.getKey()));
                total += entry.getValue();
            } else {
                entries.remove();
            }
        }
    }

    private static long sizeOnDisk(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0; // gone, or unreadable: it holds none of this environment's space that we can see
        }
    }
}
