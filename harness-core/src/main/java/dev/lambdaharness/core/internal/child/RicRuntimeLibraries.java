package dev.lambdaharness.core.internal.child;

import dev.lambdaharness.core.internal.runtimeset.RuntimeSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The runtime's own libraries, as {@code /var/runtime/lib} holds them on Lambda: the jars of a
 * {@link RuntimeSet} (by default the one lambda-harness-core carries, never the test class path's),
 * and the RIC's native client, extracted once per JVM into a private temporary directory. Also
 * locates the harness's own jars on its class path by a resource each contains.
 *
 * <pre>{@code
 * List<Path> classPath = RicRuntimeLibraries.classPath();
 * Path jni = RicRuntimeLibraries.nativeClient("x86_64", false);
 * }</pre>
 */
public final class RicRuntimeLibraries {

    /** The RIC's main class, which the managed runtime starts. */
    public static final String MAIN_CLASS = "com.amazonaws.services.lambda.runtime.api.client.AWSLambda";

    /** The system property the RIC loads its native client from instead of unpacking it into {@code /tmp}. */
    public static final String JNI_PROPERTY = "com.amazonaws.services.lambda.runtime.api.client.runtimeapi.NativeClient.JNI";

    private static final Map<String, Path> EXTRACTED = new ConcurrentHashMap<>();
    private static volatile Path extractionDirectory;

    private RicRuntimeLibraries() {
    }

    /** The jars of the harness's runtime set, sorted by file name as a listing of {@code /var/runtime/lib} is. */
    public static List<Path> classPath() {
        return RuntimeSet.harness().jars();
    }

    /**
     * The class path entry (a jar or a directory) that holds {@code resource} in the harness's class
     * loader.
     *
     * @param resource    e.g. {@code com/amazonaws/services/lambda/runtime/events/SQSEvent.class}
     * @param coordinates what to tell the user to add when it is missing
     */
    public static Path locate(String resource, String coordinates) {
        ClassLoader loader = RicRuntimeLibraries.class.getClassLoader();
        URL url = loader == null ? ClassLoader.getSystemResource(resource) : loader.getResource(resource);
        if (url == null) {
            throw new IllegalStateException(resource + " is not on the class path; add the dependency " + coordinates
                    + " (lambda-harness-core brings it unless it was excluded).");
        }
        try {
            if (url.getProtocol().equals("jar")) {
                String spec = url.getPath();
                return Path.of(new URI(spec.substring(0, spec.indexOf("!/"))));
            }
            if (url.getProtocol().equals("file")) {
                Path file = Path.of(url.toURI());
                Path root = file;
                for (int i = 0; i < resource.split("/").length; i++) {
                    root = root.getParent();
                }
                return root;
            }
        } catch (URISyntaxException | RuntimeException e) {
            throw new IllegalStateException("Cannot turn " + url + " into a class path entry: " + e.getMessage(), e);
        }
        throw new IllegalStateException(resource + " was found at " + url + ", which is neither a jar nor a directory;"
                + " run the harness from an ordinary class path.");
    }

    /**
     * The RIC's native client for a Linux CPU and C library, extracted from the RIC jar the first
     * time it is asked for and reused by every child of this JVM.
     *
     * @param osArch e.g. {@code x86_64}, {@code amd64}, {@code aarch64}
     * @param musl   whether the child's JDK is built against musl
     */
    public static Path nativeClient(String osArch, boolean musl) {
        return nativeClient(RuntimeSet.harness(), osArch, musl);
    }

    /**
     * The native client of the given set's RIC, extracted the first time it is asked for.
     *
     * @param set    the runtime set whose RIC the child runs
     * @param osArch e.g. {@code x86_64}, {@code amd64}, {@code aarch64}
     * @param musl   whether the child's JDK is built against musl
     */
    public static Path nativeClient(RuntimeSet set, String osArch, boolean musl) {
        String name = "libaws-lambda-jni." + (musl ? "linux_musl-" : "linux-") + cpu(osArch) + ".so";
        Path ric = set.jar(RuntimeSet.Library.RIC);
        return EXTRACTED.computeIfAbsent(ric + "!" + name, key -> extract(ric, name));
    }

    private static String cpu(String osArch) {
        return switch (osArch) {
            case "x86_64", "amd64" -> "x86_64";
            case "aarch64", "arm64" -> "aarch_64";
            default -> throw new IllegalStateException("The RIC's native client exists for x86_64 and aarch64 only; this JDK is "
                    + osArch + ". Run the RIC on one of those.");
        };
    }

    private static Path extract(Path ric, String name) {
        try {
            // One directory per RIC jar: two sets' native clients share a file name.
            Path perJar = Files.createDirectories(directory().resolve(Integer.toHexString(ric.hashCode())));
            perJar.toFile().deleteOnExit();
            Path target = perJar.resolve(name);
            if (Files.isDirectory(ric)) {
                Files.copy(ric.resolve("jni").resolve(name), target, StandardCopyOption.REPLACE_EXISTING);
            } else {
                try (ZipFile jar = new ZipFile(ric.toFile())) {
                    ZipEntry entry = jar.getEntry("jni/" + name);
                    if (entry == null) {
                        throw new IllegalStateException(ric + " has no jni/" + name + "; use a RIC jar without a platform classifier,"
                                + " which ships every native client.");
                    }
                    try (InputStream in = jar.getInputStream(entry)) {
                        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            target.toFile().deleteOnExit();
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not extract the RIC's native client " + name + " from " + ric + ": " + e.getMessage(), e);
        }
    }

    private static synchronized Path directory() throws IOException {
        if (extractionDirectory == null) {
            // Private (0700) rather than the RIC's shared /tmp/.libaws-lambda-jni.so, which concurrent builds would overwrite.
            Path directory = OwnedTempDirectories.create("lambda-harness-ric-jni-");
            directory.toFile().deleteOnExit();
            extractionDirectory = directory;
        }
        return extractionDirectory;
    }
}
