package dev.lambdaharness.core.internal.code;

import dev.lambdaharness.core.InvalidFunctionCodeException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Unpacks deployment packages and layer archives into private folders, once per archive version
 * per JVM, as Lambda unpacks them into {@code /var/task} and {@code /opt}.
 */
public final class DeploymentPackages {

    private static final Map<String, Path> UNPACKED = new ConcurrentHashMap<>();

    private DeploymentPackages() {
    }

    /** The folder holding the archive's contents; unpacked on first use. */
    public static Path unpack(Path archive) {
        String key;
        try {
            FileTime modified = Files.getLastModifiedTime(archive);
            key = archive.toAbsolutePath() + "|" + modified.toMillis() + "|" + Files.size(archive);
        } catch (IOException e) {
            throw new InvalidFunctionCodeException("Cannot read " + archive + ": " + e.getMessage()
                    + ". Check that the file exists and is readable.", e);
        }
        return UNPACKED.computeIfAbsent(key, k -> unpackNow(archive));
    }

    private static Path unpackNow(Path archive) {
        Path target;
        try {
            target = Files.createTempDirectory("lambda-harness-code-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a folder to unpack " + archive + " into", e);
        }
        deleteOnExit(target);
        int entries = 0;
        try (InputStream in = Files.newInputStream(archive); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries++;
                Path destination = target.resolve(entry.getName()).normalize();
                if (!destination.startsWith(target)) {
                    throw new InvalidFunctionCodeException("Deployment package " + archive + " has an entry that"
                            + " points outside the package (" + entry.getName() + "). Rebuild the package.");
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(destination);
                } else {
                    Files.createDirectories(destination.getParent());
                    Files.copy(zip, destination, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (ZipException e) {
            throw new InvalidFunctionCodeException("Deployment package " + archive + " is not a valid zip archive ("
                    + e.getMessage() + "). Build it again, for example with the maven-assembly-plugin.", e);
        } catch (IOException e) {
            throw new InvalidFunctionCodeException("Cannot unpack " + archive + ": " + e.getMessage()
                    + ". Check that the file is readable and the disk has space.", e);
        }
        if (entries == 0) {
            throw new InvalidFunctionCodeException("Deployment package " + archive + " is empty or not a zip archive."
                    + " Give a .zip or .jar holding the function's classes and lib/ folder.");
        }
        return target;
    }

    private static void deleteOnExit(Path folder) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException | UncheckedIOException ignored) {
                // Best effort: the folder lives in the temporary directory anyway.
            }
        }, "lambda-harness-unpacked-code-cleanup"));
    }
}
