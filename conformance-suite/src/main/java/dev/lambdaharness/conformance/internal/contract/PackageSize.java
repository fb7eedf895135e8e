package dev.lambdaharness.conformance.internal.contract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The sizes Lambda's deployment quotas are about: a package's zipped size (its file) and its
 * unzipped size (the sum of its entries' sizes, read from the zip's directory without inflating).
 *
 * <pre>{@code
 * long unzipped = PackageSize.unzipped(Path.of("target/orders.zip"));
 * }</pre>
 */
public final class PackageSize {

    /** Lambda's quota on a package and its layers unzipped. */
    public static final long MAX_UNZIPPED_BYTES = 250L * 1024 * 1024;
    /** Lambda's quota on a package uploaded directly (not through S3), zipped. */
    public static final long MAX_DIRECT_UPLOAD_BYTES = 50L * 1024 * 1024;

    private PackageSize() {
    }

    /** @return the file's size */
    public static long zipped(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new IllegalArgumentException("deployment package " + file + " cannot be read (" + e.getMessage()
                    + "): give the path of the .zip or .jar you upload");
        }
    }

    /**
     * @return the sum of the entries' uncompressed sizes
     * @throws IllegalArgumentException naming the file and the fix when it is not a zip or jar
     */
    public static long unzipped(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("deployment package " + file + " is not a file: give the path of the .zip or .jar you upload");
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            long total = 0;
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
                long size = entries.nextElement().getSize();
                total += Math.max(0, size);
            }
            return total;
        } catch (ZipException e) {
            throw new IllegalArgumentException("deployment package " + file + " is not a zip or jar file: give the .zip or .jar"
                    + " you upload to Lambda (mvn package builds one), not a folder or another kind of file");
        } catch (IOException e) {
            throw new IllegalArgumentException("deployment package " + file + " cannot be read (" + e.getMessage()
                    + "): give the path of the .zip or .jar you upload");
        }
    }

    /** @return {@code 12.3 MB}: sizes in mebibytes, as Lambda's quotas are */
    public static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
