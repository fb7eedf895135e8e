package dev.lambdaharness.core.internal.forked;

import dev.lambdaharness.core.internal.child.JavaHome;
import java.io.File;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JDKs installed where JDKs usually are: the folders of Linux packages ({@code /usr/lib/jvm},
 * {@code /usr/java}, {@code /opt/java}), SDKMAN ({@code ~/.sdkman/candidates/java}), IntelliJ
 * ({@code ~/.jdks}), asdf, Gradle's toolchains ({@code ~/.gradle/jdks}) and macOS
 * ({@code /Library/Java/JavaVirtualMachines/*}{@code /Contents/Home}), or, when the system property
 * {@value #LOCATIONS_PROPERTY} is set, the folders it lists instead (separated by the path separator;
 * empty searches none). Each JDK is known by its {@code release} file; a folder is read once per JVM.
 *
 * <pre>{@code
 * Optional<JavaHome> jdk21 = InstalledJdks.usual().of(21);
 * }</pre>
 */
public final class InstalledJdks {

    /** The system property listing the folders to search instead of the usual ones. */
    public static final String LOCATIONS_PROPERTY = "lambdaharness.jdkLocations";

    private static final Map<Path, List<JavaHome>> READ = new ConcurrentHashMap<>();

    private final List<Path> locations;

    /** The JDKs in these folders (each folder's subfolders are JDKs, or macOS bundles holding one). */
    public InstalledJdks(List<Path> locations) {
        this.locations = List.copyOf(locations);
    }

    /** The JDKs in the usual folders, or in those {@value #LOCATIONS_PROPERTY} lists. */
    public static InstalledJdks usual() {
        String listed = System.getProperty(LOCATIONS_PROPERTY);
        if (listed != null) {
            List<Path> folders = new ArrayList<>();
            for (String folder : listed.split(File.pathSeparator)) {
                if (!folder.isBlank()) {
                    folders.add(Path.of(folder.trim()));
                }
            }
            return new InstalledJdks(folders);
        }
        return usualFolders();
    }

    /** The JDKs in the usual folders, whatever {@value #LOCATIONS_PROPERTY} says. */
    public static InstalledJdks usualFolders() {
        Path home = Path.of(System.getProperty("user.home", "/"));
        return new InstalledJdks(List.of(Path.of("/usr/lib/jvm"), Path.of("/usr/java"), Path.of("/opt/java"),
                home.resolve(".sdkman/candidates/java"), home.resolve(".jdks"), home.resolve(".asdf/installs/java"),
                home.resolve(".gradle/jdks"), Path.of("/Library/Java/JavaVirtualMachines"),
                home.resolve("Library/Java/JavaVirtualMachines")));
    }

    /** The folders searched, in order. */
    public List<Path> locations() {
        return locations;
    }

    /** Every JDK found, in folder order. */
    public List<JavaHome> all() {
        List<JavaHome> all = new ArrayList<>();
        for (Path location : locations) {
            all.addAll(READ.computeIfAbsent(location.toAbsolutePath().normalize(), InstalledJdks::read));
        }
        return all;
    }

    /** The first JDK of this feature version found (folders in order, each one's JDKs by name), if one is installed. */
    public Optional<JavaHome> of(int featureVersion) {
        return all().stream().filter(jdk -> jdk.featureVersion() == featureVersion).findFirst();
    }

    /** The oldest JDK newer than this feature version, if one is installed. */
    public Optional<JavaHome> nearestNewerThan(int featureVersion) {
        return all().stream().filter(jdk -> jdk.featureVersion() > featureVersion)
                .min(Comparator.comparingInt(JavaHome::featureVersion));
    }

    private static List<JavaHome> read(Path location) {
        List<JavaHome> found = new ArrayList<>();
        if (!Files.isDirectory(location)) {
            return found;
        }
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> children = Files.newDirectoryStream(location)) {
            children.forEach(entries::add);
        } catch (IOException e) {
            return found;
        }
        entries.sort(Comparator.naturalOrder());
        for (Path entry : entries) {
            // A macOS bundle holds its JDK in Contents/Home; SDKMAN's "current" is a link to one already listed.
            Path home = Files.isDirectory(entry.resolve("Contents/Home")) ? entry.resolve("Contents/Home") : entry;
            if (entry.getFileName().toString().equals("current") || !Files.isRegularFile(home.resolve("release"))) {
                continue;
            }
            try {
                found.add(JavaHome.of(home));
            } catch (IllegalArgumentException e) {
                // Not a JDK after all (a JRE without bin/java, a broken release file): not a candidate.
            }
        }
        return found;
    }
}
