package dev.lambdaharness.core.internal.rewrite;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.security.CodeSigner;
import java.security.CodeSource;
import java.security.ProtectionDomain;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.lambdaharness.core.internal.hooks.BoundClassLoader;
import dev.lambdaharness.core.internal.hooks.EnvironmentBinding;

/**
 * A minimal function class loader for tests: it defines the classes of the {@code .probe} package
 * itself (child first, read from the test class path) through {@link CallSiteRewriter} and
 * {@link CoverageSupport}, as the real function class loader does, and leaves every other class,
 * the hooks included, to its parent.
 */
final class RewritingClassLoader extends ClassLoader implements BoundClassLoader {

    static final String PROBE_PACKAGE = "dev.lambdaharness.core.internal.rewrite.probe.";

    static {
        registerAsParallelCapable();
    }

    private final EnvironmentBinding binding;
    private final CoverageSupport coverage;
    private final ProtectionDomain domain;
    final Set<String> rewritten = ConcurrentHashMap.newKeySet();

    RewritingClassLoader(EnvironmentBinding binding, CoverageSupport coverage) {
        super("probe-environment", RewritingClassLoader.class.getClassLoader());
        this.binding = binding;
        this.coverage = coverage;
        URL location = RewritingClassLoader.class.getProtectionDomain().getCodeSource().getLocation();
        this.domain = new ProtectionDomain(new CodeSource(location, (CodeSigner[]) null), null);
    }

    @Override
    public EnvironmentBinding environmentBinding() {
        return binding;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (!name.startsWith(PROBE_PACKAGE) || coverage.isCoverageRuntimeClass(name)) {
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

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        return define(name, classFile(name));
    }

    /** Defines {@code original} as a function class, rewritten when it needs to be. */
    Class<?> define(String name, byte[] original) {
        byte[] rewrittenBytes = CallSiteRewriter.rewrite(original);
        if (rewrittenBytes == null) {
            return defineClass(name, original, 0, original.length, domain);
        }
        rewritten.add(name);
        byte[] bytes = coverage.prepare(name, original, rewrittenBytes);
        return defineClass(name, bytes, 0, bytes.length, coverage.domainForRewritten(domain));
    }

    static byte[] classFile(String name) throws ClassNotFoundException {
        String resource = name.replace('.', '/') + ".class";
        try (InputStream in = RewritingClassLoader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new ClassNotFoundException(name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
