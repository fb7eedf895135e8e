package dev.lambdaharness.core.internal.code;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.InvalidModuleDescriptorException;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * What a jar says about itself: the Maven coordinates its build wrote into
 * {@code META-INF/maven/<groupId>/<artifactId>/pom.properties}, and its Java module name (from
 * {@code module-info.class} or the manifest's {@code Automatic-Module-Name}). A jar's file name and
 * location say nothing reliable (a local repository, a Gradle cache, a {@code lib/} folder), so they
 * are not read. Gradle-built jars such as JUnit's and Mockito's carry no {@code pom.properties}, only a
 * module name.
 */
final class JarMetadata {

    private static final String MAVEN_FOLDER = "META-INF/maven/";

    private final List<String> coordinates;
    private final Optional<String> moduleName;

    private JarMetadata(List<String> coordinates, Optional<String> moduleName) {
        this.coordinates = List.copyOf(coordinates);
        this.moduleName = moduleName;
    }

    /** The metadata of the jar; none when it cannot be opened (it is then nobody's to leave out). */
    static JarMetadata read(Path jar) {
        // Versioned: a multi-release jar keeps its module-info.class under META-INF/versions/.
        try (JarFile file = new JarFile(jar.toFile(), false, ZipFile.OPEN_READ, Runtime.version())) {
            return new JarMetadata(coordinates(file), moduleName(file));
        } catch (IOException | SecurityException e) {
            return new JarMetadata(List.of(), Optional.empty());
        }
    }

    /** {@code groupId:artifactId} of every {@code pom.properties} the jar holds (a shaded jar holds several). */
    List<String> coordinates() {
        return coordinates;
    }

    /** The module name the jar declares, if any. */
    Optional<String> moduleName() {
        return moduleName;
    }

    private static List<String> coordinates(JarFile file) throws IOException {
        List<String> found = new ArrayList<>();
        Enumeration<? extends ZipEntry> entries = file.entries();
        while (entries.hasMoreElements()) {
            ZipEntry entry = entries.nextElement();
            String name = entry.getName();
            if (!name.startsWith(MAVEN_FOLDER) || !name.endsWith("/pom.properties")) {
                continue;
            }
            Properties properties = new Properties();
            try (InputStream in = file.getInputStream(entry)) {
                properties.load(in);
            }
            String groupId = properties.getProperty("groupId");
            String artifactId = properties.getProperty("artifactId");
            if (groupId != null && artifactId != null) {
                found.add(groupId.trim() + ":" + artifactId.trim());
            }
        }
        return found;
    }

    private static Optional<String> moduleName(JarFile file) throws IOException {
        ZipEntry descriptor = file.getEntry("module-info.class");
        if (descriptor != null) {
            try (InputStream in = file.getInputStream(descriptor)) {
                return Optional.of(ModuleDescriptor.read(in).name());
            } catch (InvalidModuleDescriptorException e) {
                return Optional.empty();
            }
        }
        Manifest manifest = file.getManifest();
        String automatic = manifest == null ? null : manifest.getMainAttributes().getValue("Automatic-Module-Name");
        return automatic == null || automatic.isBlank() ? Optional.empty() : Optional.of(automatic.trim());
    }
}
