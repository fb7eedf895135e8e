package dev.lambdaharness.maven.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.project.MavenProject;

/**
 * A project's function code as its deployment package holds it: its main classes (when it has any)
 * and its runtime-scope dependencies, in the order Maven resolved them. The {@code prepare} goal
 * writes it for the tests; the {@code coldstart} goal runs it.
 *
 * <pre>{@code
 * List<Path> code = PackagedCode.entries(project); // target/classes, then compile and runtime jars
 * }</pre>
 */
public final class PackagedCode {

    /** Scopes a deployment package holds: {@code provided}, {@code system} and {@code test} stay out. */
    private static final Set<String> PACKAGED_SCOPES = Set.of(Artifact.SCOPE_COMPILE, Artifact.SCOPE_RUNTIME);

    private PackagedCode() {
    }

    /** The runtime-scope dependencies' files; the artifacts may already be resolved to test scope by an earlier goal, so the scope is checked here. */
    public static List<Path> dependencies(MavenProject project) {
        return project.getArtifacts().stream()
                .filter(a -> PACKAGED_SCOPES.contains(a.getScope()) && a.getArtifactHandler().isAddedToClasspath())
                .filter(a -> a.getFile() != null)
                .map(a -> a.getFile().toPath())
                .collect(Collectors.toList());
    }

    /** The main classes folder, when it exists, then the dependencies, as absolute paths. */
    public static List<Path> entries(Path mainOutput, List<Path> dependencies) {
        List<Path> entries = new ArrayList<>();
        // A project without main sources has no output folder, and a listed path must exist.
        if (Files.isDirectory(mainOutput)) {
            entries.add(mainOutput.toAbsolutePath().normalize());
        }
        for (Path dependency : dependencies) {
            entries.add(dependency.toAbsolutePath().normalize());
        }
        return entries;
    }

    /** The project's function code. */
    public static List<Path> entries(MavenProject project) {
        return entries(Path.of(project.getBuild().getOutputDirectory()), dependencies(project));
    }
}
