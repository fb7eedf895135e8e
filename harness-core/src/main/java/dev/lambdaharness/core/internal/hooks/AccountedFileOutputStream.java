package dev.lambdaharness.core.internal.hooks;

import java.io.File;
import java.io.FileDescriptor;
import java.io.FileNotFoundException;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.Path;

/**
 * What {@code new FileOutputStream(…)} in function code constructs: the same stream, whose writes to
 * a file under {@code /tmp} or {@code java.io.tmpdir} are checked against the environment's
 * {@link EphemeralStorage} first. The rewriter turns {@code new FileOutputStream(file, true)} into
 * {@code new AccountedFileOutputStream(file, true, Caller.class)}; outside an environment, or for
 * another file, it is a plain {@link FileOutputStream}. Writes through {@link #getChannel()} are not
 * checked.
 *
 * <pre>{@code
 * try (FileOutputStream out = new AccountedFileOutputStream("/tmp/big", Handler.class)) {
 *     out.write(new byte[1024]);   // IOException "No space left on device" once the storage is full
 * }
 * }</pre>
 */
public class AccountedFileOutputStream extends FileOutputStream {

    /** Null when the writes are not accounted. */
    private final TrackedFile tracked;

    /** For {@code new FileOutputStream(String)}. */
    public AccountedFileOutputStream(String name, Class<?> caller) throws FileNotFoundException {
        this(name, false, caller);
    }

    /** For {@code new FileOutputStream(String, boolean)}. */
    public AccountedFileOutputStream(String name, boolean append, Class<?> caller) throws FileNotFoundException {
        super(name, append);
        this.tracked = track(new File(name), append, caller);
    }

    /** For {@code new FileOutputStream(File)}. */
    public AccountedFileOutputStream(File file, Class<?> caller) throws FileNotFoundException {
        this(file, false, caller);
    }

    /** For {@code new FileOutputStream(File, boolean)}. */
    public AccountedFileOutputStream(File file, boolean append, Class<?> caller) throws FileNotFoundException {
        super(file, append);
        this.tracked = track(file, append, caller);
    }

    /** For {@code new FileOutputStream(FileDescriptor)}: an open descriptor names no file, so nothing is counted. */
    public AccountedFileOutputStream(FileDescriptor descriptor, Class<?> caller) {
        super(descriptor);
        this.tracked = null;
    }

    private static TrackedFile track(File file, boolean append, Class<?> caller) {
        EnvironmentBinding binding = EnvironmentHooks.bindingOf(caller);
        EphemeralStorage storage = binding == null ? null : binding.ephemeralStorage();
        Path covered = storage == null ? null : storage.covered(file);
        return covered == null ? null : new TrackedFile(storage, covered, append, !append);
    }

    @Override
    public void write(int b) throws IOException {
        if (tracked != null) {
            tracked.beforeWrite(1);
        }
        super.write(b);
    }

    @Override
    public void write(byte[] bytes) throws IOException {
        if (tracked != null) {
            tracked.beforeWrite(bytes.length);
        }
        super.write(bytes);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        if (tracked != null && length > 0 && offset >= 0 && offset + length <= bytes.length) {
            tracked.beforeWrite(length);
        }
        super.write(bytes, offset, length);
    }
}
