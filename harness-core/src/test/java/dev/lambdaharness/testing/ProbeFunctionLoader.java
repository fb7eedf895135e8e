package dev.lambdaharness.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A stand-in for an environment's function class loader, until the real one exists: a fresh
 * loader per environment over the test classes, the aws-lambda-java-events jar and Joda time.
 *
 * <p>Test handlers ({@code dev.lambdaharness.core.probe.*}, {@code dev.lambdaharness.core.corpus.*}),
 * event classes and Joda time are loaded child-first, so each loader has its own copies (static
 * initialisers run again, as in a new environment); the runtime
 * API ({@code com.amazonaws.services.lambda.runtime.*}) and the JDK come from the test's loader,
 * as they come from the system loader on Lambda. Extra roots (for example one holding
 * {@code META-INF/services}) are seen by this loader only; hidden class names are not found.
 *
 * <p>Lives outside {@code dev.lambdaharness.core.internal} so its frames are not taken for the
 * runtime's when traces are cut.
 */
public final class ProbeFunctionLoader extends URLClassLoader {

    private static final List<String> CHILD_FIRST = List.of("dev.lambdaharness.core.probe.", "dev.lambdaharness.core.corpus.",
            "com.amazonaws.services.lambda.runtime.events.", "org.joda.time.");

    static {
        registerAsParallelCapable();
    }

    private final Set<String> hidden;

    private ProbeFunctionLoader(URL[] urls, Set<String> hidden) {
        // Unnamed, as the RIC's loader: a named loader prefixes every frame of its classes ("name//dev.lambdaharness.core.probe.X...").
        super(urls, ProbeFunctionLoader.class.getClassLoader());
        this.hidden = hidden;
    }

    /** @return a fresh loader over the test handlers, the events jar and Joda time */
    public static ProbeFunctionLoader create() {
        return create(Set.of());
    }

    /**
     * @param hidden class names the loader must not find
     * @param extraRoots directories or jars seen by this loader only
     * @return a fresh loader
     */
    public static ProbeFunctionLoader create(Set<String> hidden, Path... extraRoots) {
        List<URL> urls = new ArrayList<>();
        try {
            for (Path root : extraRoots) {
                urls.add(root.toUri().toURL());
            }
            urls.add(location(probeAnchor()));
            urls.add(location(Class.forName("com.amazonaws.services.lambda.runtime.events.SQSEvent")));
            urls.add(location(Class.forName("org.joda.time.DateTime")));
        } catch (ClassNotFoundException | MalformedURLException e) {
            throw new IllegalStateException("The probe loader needs the test classes, aws-lambda-java-events and joda-time", e);
        }
        return new ProbeFunctionLoader(urls.toArray(URL[]::new), hidden);
    }

    private static Class<?> probeAnchor() throws ClassNotFoundException {
        return Class.forName("dev.lambdaharness.core.corpus.Hello");
    }

    private static URL location(Class<?> type) throws MalformedURLException {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toUri().toURL();
        } catch (URISyntaxException e) {
            throw new MalformedURLException(e.getMessage());
        }
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (hidden.contains(name)) {
            throw new ClassNotFoundException(name);
        }
        if (CHILD_FIRST.stream().noneMatch(name::startsWith)) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> loaded = findLoadedClass(name);
            if (loaded == null) {
                loaded = findClass(name);
            }
            if (resolve) {
                resolveClass(loaded);
            }
            return loaded;
        }
    }

    /** Closes without a checked exception, for try-with-resources in tests. */
    public void release() {
        try {
            close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
