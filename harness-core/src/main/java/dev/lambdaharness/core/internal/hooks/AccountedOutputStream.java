package dev.lambdaharness.core.internal.hooks;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The stream {@code Files.newOutputStream} opened on a covered file, each write checked against the
 * environment's ephemeral storage first ({@link TrackedFile}).
 *
 * <pre>{@code
 * OutputStream out = new AccountedOutputStream(Files.newOutputStream(file), new TrackedFile(storage, file, false, true));
 * }</pre>
 */
final class AccountedOutputStream extends FilterOutputStream {

    private final TrackedFile tracked;

    AccountedOutputStream(OutputStream out, TrackedFile tracked) {
        super(out);
        this.tracked = tracked;
    }

    @Override
    public void write(int b) throws IOException {
        tracked.beforeWrite(1);
        out.write(b);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        // FilterOutputStream would write byte by byte; the checks of Arrays' bounds come from the stream itself.
        if (length > 0 && offset >= 0 && offset + length <= bytes.length) {
            tracked.beforeWrite(length);
        }
        out.write(bytes, offset, length);
    }
}
