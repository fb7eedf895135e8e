package dev.lambdaharness.core.internal.runtimeset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * One set of the runtime's own libraries, as {@code /var/runtime/lib} holds them on Lambda: the
 * runtime interface client (RIC), aws-lambda-java-core, aws-lambda-java-serialization and the RIC's
 * utils-lite. {@link #harness()} is the set lambda-harness-core carries inside its jar (its versions
 * are the parent POM's, documented in docs/fidelity.md), extracted once into a cache directory;
 * {@link #fromDirectory(Path)} is another set a forked function can run on instead. Neither is ever
 * looked up on the test class path, so an older core, serialization 1.0.0 from
 * aws-lambda-java-tests, a declared RIC or a shaded jar holding {@code Context.class} cannot replace
 * it.
 *
 * <pre>{@code
 * RuntimeSet set = RuntimeSet.harness();
 * List<Path> varRuntimeLib = set.jars();      // the forked child's class path
 * Path core = set.jar(RuntimeSet.Library.CORE); // shared with in-process functions
 * String ric = set.version(RuntimeSet.Library.RIC); // "2.10.1"
 * }</pre>
 */
public final class RuntimeSet {

    /** Where the build puts the set inside lambda-harness-core (see harness-core's POM). */
    static final String RESOURCE_DIRECTORY = "META-INF/lambda-harness/runtime-set/";
    /**
     * The system property naming a directory of another runtime set's jars for forked isolation (a
     * copy of a runtime's {@code /var/runtime/lib}); in-process isolation always runs the carried set.
     */
    public static final String FORKED_SET_PROPERTY = "lambda.harness.runtimeSet";
    /** The system property naming the directory the carried set is extracted into. */
    public static final String CACHE_PROPERTY = "lambda.harness.runtimeSetCache";

    /** The libraries of a runtime set. */
    public enum Library {
        /** The runtime interface client, {@code AWSLambda}'s jar. */
        RIC("aws-lambda-java-runtime-interface-client", "com/amazonaws/services/lambda/runtime/api/client/AWSLambda.class"),
        /** aws-lambda-java-core: {@code Context}, {@code RequestHandler}. */
        CORE("aws-lambda-java-core", "com/amazonaws/services/lambda/runtime/Context.class"),
        /** aws-lambda-java-serialization: the runtime's serialisers. */
        SERIALIZATION("aws-lambda-java-serialization", "com/amazonaws/services/lambda/runtime/serialization/PojoSerializer.class"),
        /** The AWS SDK's utils-lite, which the RIC needs. */
        UTILS_LITE("utils-lite", "software/amazon/awssdk/utilslite/SdkInternalThreadLocal.class");

        private final String artifactId;
        private final String marker;

        Library(String artifactId, String marker) {
            this.artifactId = artifactId;
            this.marker = marker;
        }

        /** The library's Maven artifact id, which also names its key in the set's index. */
        public String artifactId() {
            return artifactId;
        }
    }

    private static final Map<Path, RuntimeSet> CHOSEN = new ConcurrentHashMap<>();
    private static volatile RuntimeSet harness;

    private final String name;
    private final Map<Library, Path> jars;
    private final Map<Library, String> versions;
    private final List<Path> all;

    private RuntimeSet(String name, Map<Library, Path> jars, Map<Library, String> versions, List<Path> all) {
        this.name = name;
        this.jars = Map.copyOf(jars);
        this.versions = Map.copyOf(versions);
        this.all = List.copyOf(all);
    }

    /** The set lambda-harness-core carries, extracted on first use into the cache directory. */
    public static RuntimeSet harness() {
        RuntimeSet result = harness;
        if (result == null) {
            synchronized (RuntimeSet.class) {
                result = harness;
                if (result == null) {
                    result = extractCarried();
                    harness = result;
                }
            }
        }
        return result;
    }

    /** The set forked children run: the directory {@value #FORKED_SET_PROPERTY} names, else {@link #harness()}. */
    public static RuntimeSet forForked() {
        String chosen = System.getProperty(FORKED_SET_PROPERTY);
        if (chosen == null || chosen.isBlank()) {
            return harness();
        }
        return CHOSEN.computeIfAbsent(Path.of(chosen).toAbsolutePath().normalize(), RuntimeSet::fromDirectory);
    }

    /**
     * Another set: every jar of {@code directory}, as a copy of a runtime's {@code /var/runtime/lib}
     * holds them. Each library is recognised by a class it contains; its version is read from its
     * Maven metadata, else from a Maven-style file name.
     *
     * @throws IllegalArgumentException naming the directory and what is missing
     */
    public static RuntimeSet fromDirectory(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException("The runtime set directory " + directory + " does not exist; point it at a"
                    + " directory holding the runtime client, aws-lambda-java-core and aws-lambda-java-serialization jars.");
        }
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory, "*.jar")) {
            entries.forEach(found::add);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list the runtime set directory " + directory + ": " + e.getMessage(), e);
        }
        found.sort(Comparator.comparing(path -> path.getFileName().toString()));
        Map<Library, Path> jars = new LinkedHashMap<>();
        Map<Library, String> versions = new LinkedHashMap<>();
        for (Path jar : found) {
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                for (Library library : Library.values()) {
                    if (zip.getEntry(library.marker) != null && !jars.containsKey(library)) {
                        jars.put(library, jar);
                        versions.put(library, mavenVersion(zip, library).or(() -> fileNameVersion(jar, library)).orElse("unknown"));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read " + jar + " of the runtime set " + directory + ": " + e.getMessage(), e);
            }
        }
        List<String> missing = new ArrayList<>();
        for (Library library : List.of(Library.RIC, Library.CORE, Library.SERIALIZATION)) {
            if (!jars.containsKey(library)) {
                missing.add(library.artifactId);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("The runtime set directory " + directory + " has no " + String.join(", no ", missing)
                    + " jar; copy the runtime's libraries there (the RIC, aws-lambda-java-core, aws-lambda-java-serialization and"
                    + " the RIC's own dependencies).");
        }
        return new RuntimeSet(directory.toString(), jars, versions, found);
    }

    /** Every jar of the set, sorted by file name as a listing of {@code /var/runtime/lib} is. */
    public List<Path> jars() {
        return all;
    }

    /** The jar of one library. */
    public Path jar(Library library) {
        Path jar = jars.get(library);
        if (jar == null) {
            throw new IllegalStateException("The runtime set " + name + " has no " + library.artifactId + ".");
        }
        return jar;
    }

    /** The version of one library, as its jar's Maven metadata (or the carried set's index) says. */
    public String version(Library library) {
        return versions.getOrDefault(library, "unknown");
    }

    /** The set in one line, for messages and reports: {@code RIC 2.10.1, core 1.4.0, serialization 1.2.0}. */
    public String describe() {
        return "RIC " + version(Library.RIC) + ", aws-lambda-java-core " + version(Library.CORE)
                + ", aws-lambda-java-serialization " + version(Library.SERIALIZATION) + " (" + name + ")";
    }

    @Override
    public String toString() {
        return describe();
    }

    private static RuntimeSet extractCarried() {
        Properties index = new Properties();
        ClassLoader loader = RuntimeSet.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(RESOURCE_DIRECTORY + "runtime-set.properties")) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE_DIRECTORY + "runtime-set.properties is missing from lambda-harness-core;"
                        + " the jar is damaged or was repackaged without its resources. Use the published lambda-harness-core jar.");
            }
            index.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the runtime set's index: " + e.getMessage(), e);
        }
        Map<Library, String> versions = new LinkedHashMap<>();
        for (Library library : Library.values()) {
            versions.put(library, index.getProperty(library.artifactId));
        }
        Path directory = cacheDirectory().resolve("harness-" + String.join("-", versions.values()));
        Map<Library, Path> jars = new LinkedHashMap<>();
        List<Path> all = new ArrayList<>();
        for (Library library : Library.values()) {
            String file = library.artifactId + "-" + versions.get(library) + ".jar";
            Path jar = extract(loader, RESOURCE_DIRECTORY + file, directory.resolve(file));
            jars.put(library, jar);
            all.add(jar);
        }
        all.sort(Comparator.comparing(path -> path.getFileName().toString()));
        return new RuntimeSet("carried by lambda-harness-core", jars, versions, all);
    }

    /** The user's cache, unless the property names another; a private temporary directory if neither is writable. */
    private static Path cacheDirectory() {
        String configured = System.getProperty(CACHE_PROPERTY);
        Path directory = configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".cache", "lambda-harness", "runtime-sets");
        try {
            Files.createDirectories(directory);
            if (Files.isWritable(directory)) {
                return directory;
            }
        } catch (IOException | SecurityException e) {
            // Fall through: a read-only home (a container, a CI sandbox) must not stop the harness.
        }
        try {
            Path temporary = Files.createTempDirectory("lambda-harness-runtime-set-");
            temporary.toFile().deleteOnExit();
            return temporary;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create a directory for the runtime set; set -D" + CACHE_PROPERTY
                    + " to a writable directory: " + e.getMessage(), e);
        }
    }

    /**
     * Copies one carried jar into the cache unless a copy of the same size is there. Released
     * versions never change, so name and size identify the content; the copy is written beside and
     * moved into place, so a concurrent build never reads half a jar.
     */
    private static Path extract(ClassLoader loader, String resource, Path target) {
        URL url = loader.getResource(resource);
        if (url == null) {
            throw new IllegalStateException(resource + " is missing from lambda-harness-core; the jar is damaged or was"
                    + " repackaged without its resources. Use the published lambda-harness-core jar.");
        }
        try {
            URLConnection connection = url.openConnection();
            connection.setUseCaches(false);
            long size = connection.getContentLengthLong();
            if (Files.isRegularFile(target) && size >= 0 && Files.size(target) == size) {
                return target;
            }
            Files.createDirectories(target.getParent());
            Path partial = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
            try (InputStream in = connection.getInputStream()) {
                Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            }
            try {
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not extract " + resource + " into " + target.getParent() + "; set -D"
                    + CACHE_PROPERTY + " to a writable directory: " + e.getMessage(), e);
        }
    }

    /** The version in a Maven-style file name, {@code aws-lambda-java-serialization-1.2.0.jar}: not every jar has Maven metadata. */
    private static Optional<String> fileNameVersion(Path jar, Library library) {
        String name = jar.getFileName().toString();
        String prefix = library.artifactId + "-";
        if (name.startsWith(prefix) && name.endsWith(".jar") && name.length() > prefix.length() + 4
                && Character.isDigit(name.charAt(prefix.length()))) {
            return Optional.of(name.substring(prefix.length(), name.length() - 4));
        }
        return Optional.empty();
    }

    private static Optional<String> mavenVersion(ZipFile zip, Library library) throws IOException {
        String group = library == Library.UTILS_LITE ? "software.amazon.awssdk" : "com.amazonaws";
        ZipEntry entry = zip.getEntry("META-INF/maven/" + group + "/" + library.artifactId + "/pom.properties");
        if (entry == null) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (InputStream in = zip.getInputStream(entry)) {
            properties.load(in);
        }
        return Optional.ofNullable(properties.getProperty("version"));
    }
}
