package dev.lambdaharness.core.internal.config;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Why a file a user named could not be read, in words a message can end with: the JDK's own
 * exceptions carry only the path ({@code AccessDeniedException: event.json}), which says nothing.
 *
 * <pre>{@code
 * try {
 *     Files.readAllBytes(file);
 * } catch (IOException e) {
 *     throw new IllegalArgumentException("event file " + file + " " + InputFiles.problem(file, e) + ".");
 *     // event file event.json cannot be read: permission denied.
 * }
 * }</pre>
 */
public final class InputFiles {

    private InputFiles() {
    }

    /**
     * What went wrong, as a predicate to the file's name: {@code does not exist}, {@code is a
     * directory, not a file}, {@code cannot be read: permission denied}, or {@code cannot be read: }
     * and the system's reason.
     */
    public static String problem(Path file, IOException failure) {
        if (failure instanceof NoSuchFileException) {
            return "does not exist";
        }
        // Reading a directory fails with a bare "Is a directory" on Linux and AccessDenied on Windows.
        if (Files.isDirectory(file)) {
            return "is a directory, not a file";
        }
        if (failure instanceof AccessDeniedException) {
            return "cannot be read: permission denied";
        }
        String reason = failure instanceof FileSystemException && ((FileSystemException) failure).getReason() != null
                ? ((FileSystemException) failure).getReason()
                : failure.getMessage();
        return "cannot be read: " + (reason == null || reason.isEmpty() ? failure.getClass().getSimpleName()
                : reason.substring(0, 1).toLowerCase(Locale.ROOT) + reason.substring(1));
    }
}
