package dev.lambdaharness.core.internal.hooks;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The write position of one stream open on a covered file, checked against its environment's
 * {@link EphemeralStorage} before each write. An appending stream writes at the file's end; any
 * other writes from where it began (the start: a stream opened without append truncates the file,
 * or overwrites it from its first byte).
 *
 * <pre>{@code
 * TrackedFile tracked = new TrackedFile(storage, file, append, truncated);
 * tracked.beforeWrite(length);   // throws IOException: No space left on device
 * }</pre>
 */
final class TrackedFile {

    private final EphemeralStorage storage;
    private final Path file;
    private final boolean append;
    private long position;

    /** A stream just opened on {@code file}; {@code truncated} when opening emptied it. */
    TrackedFile(EphemeralStorage storage, Path file, boolean append, boolean truncated) {
        if (truncated) {
            storage.truncated(file);
        }
        this.storage = storage;
        this.file = file;
        this.append = append;
    }

    /** Before {@code length} bytes are written: refuses them when they do not fit. */
    void beforeWrite(long length) throws IOException {
        long start = append ? storage.sizeOf(file) : position;
        storage.beforeWrite(file, start + length);
        position = start + length;
    }
}
