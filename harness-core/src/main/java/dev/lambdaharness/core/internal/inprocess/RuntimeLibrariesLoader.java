package dev.lambdaharness.core.internal.inprocess;

import dev.lambdaharness.core.internal.rewrite.CoverageSupport;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.CodeSource;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The parent of every function class loader: the JDK, plus the classes of the runtime's own jars
 * (aws-lambda-java-core and aws-lambda-java-serialization, as on Lambda's system class path) and
 * of the harness's hook package, shared with the harness by jar so that {@code Context} and
 * {@code RequestHandler} are the same classes on both sides. This class runs on the runtime side
 * ({@code internal.runtimeset.RuntimeSide}), where those jars are the runtime set's, never the test
 * class path's: a project's older core or a shaded jar holding {@code Context.class} is not shared.
 * Nothing else of the test class path is visible, so a handler that needs a test-scoped class fails
 * as it would on Lambda; and since function loaders ask this one first, a function's own copy of a
 * runtime class is shadowed by the runtime's, as on Lambda.
 */
final class RuntimeLibrariesLoader extends ClassLoader {

    static {
        registerAsParallelCapable();
    }

    private static final String HOOKS_PACKAGE = "dev.lambdaharness.core.internal.hooks.";

    private static final RuntimeLibrariesLoader INSTANCE = new RuntimeLibrariesLoader(
            RuntimeLibrariesLoader.class.getClassLoader(),
            // copyOf, not of: in an uber jar both libraries come from the same file.
            Set.copyOf(List.of(codeSourceOf(com.amazonaws.services.lambda.runtime.Context.class),
                    codeSourceOf(com.amazonaws.services.lambda.runtime.serialization.PojoSerializer.class))));

    private final ClassLoader harness;
    private final Set<Path> runtimeJars;

    private RuntimeLibrariesLoader(ClassLoader harness, Set<Path> runtimeJars) {
        super("lambda-runtime-libraries", ClassLoader.getPlatformClassLoader());
        this.harness = harness;
        this.runtimeJars = runtimeJars;
    }

    static RuntimeLibrariesLoader instance() {
        return INSTANCE;
    }

    /** The jars whose classes functions share with the harness. */
    List<Path> runtimeJars() {
        return runtimeJars.stream().sorted().collect(Collectors.toList());
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        if (name.startsWith(HOOKS_PACKAGE) || CoverageSupport.current().isCoverageRuntimeClass(name)) {
            return harness.loadClass(name);
        }
        URL resource = harness.getResource(name.replace('.', '/') + ".class");
        if (resource != null && isRuntimeJar(resource)) {
            return harness.loadClass(name);
        }
        throw new ClassNotFoundException(name);
    }

    @Override
    protected URL findResource(String name) {
        URL resource = harness.getResource(name);
        return resource != null && isRuntimeJar(resource) ? resource : null;
    }

    @Override
    protected Enumeration<URL> findResources(String name) throws IOException {
        List<URL> shared = Collections.list(harness.getResources(name)).stream()
                .filter(this::isRuntimeJar)
                .collect(Collectors.toList());
        return Collections.enumeration(shared);
    }

    private boolean isRuntimeJar(URL resource) {
        Path jar = jarOf(resource);
        return jar != null && runtimeJars.contains(jar);
    }

    private static Path jarOf(URL resource) {
        String text = resource.toString();
        if (!text.startsWith("jar:file:")) {
            return null;
        }
        int separator = text.indexOf("!/");
        try {
            return Paths.get(new URL(text.substring(4, separator)).toURI()).toAbsolutePath().normalize();
        } catch (IOException | URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    private static Path codeSourceOf(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        try {
            return Paths.get(source.getLocation().toURI()).toAbsolutePath().normalize();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot locate the jar of " + type.getName(), e);
        }
    }
}
