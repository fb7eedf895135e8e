package dev.lambdaharness.core.internal.hooks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.CopyOption;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The hooks of the {@link Files} methods that write a file, for rewritten call sites in function
 * code: on a file under {@code /tmp} or {@code java.io.tmpdir} of an environment, the bytes go
 * through one stream checked against its {@link EphemeralStorage}; elsewhere, or outside an
 * environment, each does exactly what the original call does. The convenience methods are built
 * on {@link #newOutputStream} as the JDK builds them on {@code Files.newOutputStream}.
 *
 * <pre>{@code
 * Files.write(path, bytes)   ->  StorageHooks.write(path, bytes, new OpenOption[0], Caller.class)
 * }</pre>
 */
public final class StorageHooks {

    private static final OpenOption[] COPY_TARGET = {StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE};

    private StorageHooks() {
    }

    /** For {@code Files.newOutputStream(Path, OpenOption...)}. */
    public static OutputStream newOutputStream(Path path, OpenOption[] options, Class<?> caller) throws IOException {
        EnvironmentBinding binding = EnvironmentHooks.bindingOf(caller);
        EphemeralStorage storage = binding == null ? null : binding.ephemeralStorage();
        Path covered = storage == null ? null : storage.covered(path);
        OutputStream out = Files.newOutputStream(path, options);
        if (covered == null) {
            return out;
        }
        List<OpenOption> opened = Arrays.asList(options);
        boolean append = opened.contains(StandardOpenOption.APPEND);
        // No options means CREATE, TRUNCATE_EXISTING and WRITE, as Files.newOutputStream documents.
        boolean truncated = options.length == 0 || opened.contains(StandardOpenOption.TRUNCATE_EXISTING);
        return new AccountedOutputStream(out, new TrackedFile(storage, covered, append, truncated && !append));
    }

    /** For {@code Files.write(Path, byte[], OpenOption...)}. */
    public static Path write(Path path, byte[] bytes, OpenOption[] options, Class<?> caller) throws IOException {
        Objects.requireNonNull(bytes);
        try (OutputStream out = newOutputStream(path, options, caller)) {
            out.write(bytes);
        }
        return path;
    }

    /** For {@code Files.write(Path, Iterable, Charset, OpenOption...)}. */
    public static Path write(Path path, Iterable<? extends CharSequence> lines, Charset charset, OpenOption[] options,
            Class<?> caller) throws IOException {
        Objects.requireNonNull(lines);
        try (BufferedWriter writer = newBufferedWriter(path, charset, options, caller)) {
            for (CharSequence line : lines) {
                writer.append(line);
                writer.newLine();
            }
        }
        return path;
    }

    /** For {@code Files.write(Path, Iterable, OpenOption...)}. */
    public static Path write(Path path, Iterable<? extends CharSequence> lines, OpenOption[] options, Class<?> caller)
            throws IOException {
        return write(path, lines, StandardCharsets.UTF_8, options, caller);
    }

    /** For {@code Files.writeString(Path, CharSequence, OpenOption...)}. */
    public static Path writeString(Path path, CharSequence text, OpenOption[] options, Class<?> caller) throws IOException {
        return writeString(path, text, StandardCharsets.UTF_8, options, caller);
    }

    /** For {@code Files.writeString(Path, CharSequence, Charset, OpenOption...)}: unmappable text is refused, as there. */
    public static Path writeString(Path path, CharSequence text, Charset charset, OpenOption[] options, Class<?> caller)
            throws IOException {
        Objects.requireNonNull(path);
        Objects.requireNonNull(text);
        var encoded = charset.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(text));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        return write(path, bytes, options, caller);
    }

    /** For {@code Files.newBufferedWriter(Path, Charset, OpenOption...)}. */
    public static BufferedWriter newBufferedWriter(Path path, Charset charset, OpenOption[] options, Class<?> caller)
            throws IOException {
        var encoder = charset.newEncoder();
        return new BufferedWriter(new OutputStreamWriter(newOutputStream(path, options, caller), encoder));
    }

    /** For {@code Files.newBufferedWriter(Path, OpenOption...)}. */
    public static BufferedWriter newBufferedWriter(Path path, OpenOption[] options, Class<?> caller) throws IOException {
        return newBufferedWriter(path, StandardCharsets.UTF_8, options, caller);
    }

    /** For {@code Files.copy(InputStream, Path, CopyOption...)}. */
    public static long copy(InputStream in, Path target, CopyOption[] options, Class<?> caller) throws IOException {
        Objects.requireNonNull(in);
        EnvironmentBinding binding = EnvironmentHooks.bindingOf(caller);
        EphemeralStorage storage = binding == null ? null : binding.ephemeralStorage();
        if (storage == null || storage.covered(target) == null) {
            return Files.copy(in, target, options);
        }
        boolean replace = false;
        for (CopyOption option : options) {
            if (option == StandardCopyOption.REPLACE_EXISTING) {
                replace = true;
            } else if (option == null) {
                throw new NullPointerException("options contains 'null'");
            } else {
                throw new UnsupportedOperationException(option + " not supported");
            }
        }
        if (replace) {
            Files.deleteIfExists(target);
        }
        try (OutputStream out = newOutputStream(target, COPY_TARGET, caller)) {
            return in.transferTo(out);
        }
    }
}
