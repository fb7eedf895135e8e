package dev.lambdaharness.core.internal.inprocess;

import dev.lambdaharness.core.internal.hooks.BoundClassLoader;
import dev.lambdaharness.core.internal.hooks.EnvironmentBinding;
import dev.lambdaharness.core.internal.rewrite.CallSiteRewriter;
import dev.lambdaharness.core.internal.rewrite.CoverageSupport;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.URLConnection;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.ProtectionDomain;
import java.security.cert.Certificate;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.Manifest;

/**
 * The class loader of one in-process execution environment, like the runtime's
 * {@code CustomerClassLoader}: the function's code in Lambda's search order, parent-first over the
 * runtime's libraries. A new loader per environment is what makes a cold start run static
 * initialisers again. Classes that reach process-wide state ({@code System.getenv},
 * {@code System.out}, {@code System.exit}, …) are rewritten as they are defined so that those calls
 * reach this environment's {@link EnvironmentBinding} instead.
 */
final class FunctionClassLoader extends URLClassLoader implements BoundClassLoader {

    static {
        registerAsParallelCapable();
    }

    /**
     * The runtime looks for a custom serialiser with ServiceLoader in every environment, which
     * opens every jar of the function. Where those files are depends only on the code, so it is
     * looked up once per class path and remembered (by URL: no class loader is kept).
     */
    private static final String CUSTOM_SERIALIZER_SERVICES =
            "META-INF/services/com.amazonaws.services.lambda.runtime.CustomPojoSerializer";
    private static final Map<List<URL>, List<URL>> CUSTOM_SERIALIZER_FILES = new ConcurrentHashMap<>();

    private final EnvironmentBinding binding;
    private final CoverageSupport coverage = CoverageSupport.current();
    private final Map<URL, ProtectionDomain> domains = new ConcurrentHashMap<>();

    FunctionClassLoader(List<Path> classpath, EnvironmentBinding binding) {
        // Unnamed on purpose: a named loader prefixes its name to every StackTraceElement.toString(),
        // and error documents carry those strings; the runtime's CustomerClassLoader has no name.
        super(toUrls(classpath), RuntimeLibrariesLoader.instance());
        this.binding = binding;
    }

    @Override
    public EnvironmentBinding environmentBinding() {
        return binding;
    }

    @Override
    public Enumeration<URL> findResources(String name) throws IOException {
        if (!CUSTOM_SERIALIZER_SERVICES.equals(name)) {
            return super.findResources(name);
        }
        List<URL> key = List.of(getURLs());
        List<URL> files = CUSTOM_SERIALIZER_FILES.get(key);
        if (files == null) {
            files = List.copyOf(Collections.list(super.findResources(name)));
            CUSTOM_SERIALIZER_FILES.put(key, files);
        }
        return Collections.enumeration(files);
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        String path = name.replace('.', '/') + ".class";
        URL url = findResource(path);
        if (url == null) {
            // URLClassLoader's own refusal, so the trace reads as under the runtime's URLClassLoader.
            return super.findClass(name);
        }
        byte[] original;
        Manifest manifest;
        try {
            URLConnection connection = url.openConnection();
            manifest = connection instanceof JarURLConnection ? ((JarURLConnection) connection).getManifest() : null;
            try (InputStream in = connection.getInputStream()) {
                original = in.readAllBytes();
            }
        } catch (IOException e) {
            throw new ClassNotFoundException(name + " (cannot read " + url + ": " + e.getMessage() + ")", e);
        }
        URL codeBase = codeBase(url, path);
        definePackageOf(name, manifest, codeBase);
        ProtectionDomain domain = domains.computeIfAbsent(codeBase,
                base -> new ProtectionDomain(new CodeSource(base, (Certificate[]) null), null, this, null));
        byte[] rewritten = CallSiteRewriter.rewrite(original);
        if (rewritten == null) {
            return defineClass(name, original, 0, original.length, domain);
        }
        byte[] prepared = coverage.prepare(name, original, rewritten);
        return defineClass(name, prepared, 0, prepared.length, coverage.domainForRewritten(domain));
    }

    private void definePackageOf(String className, Manifest manifest, URL codeBase) {
        int dot = className.lastIndexOf('.');
        if (dot < 0) {
            return;
        }
        String packageName = className.substring(0, dot);
        if (getDefinedPackage(packageName) != null) {
            return;
        }
        try {
            if (manifest != null) {
                definePackage(packageName, manifest, codeBase);
            } else {
                definePackage(packageName, null, null, null, null, null, null, null);
            }
        } catch (IllegalArgumentException raced) {
            // Another thread defined it first: parallel-capable loaders may race here, and either copy is right.
        }
    }

    private static URL codeBase(URL classUrl, String path) {
        String text = classUrl.toString();
        try {
            if (text.startsWith("jar:")) {
                return new URL(text.substring(4, text.indexOf("!/")));
            }
            return new URL(text.substring(0, text.length() - path.length()));
        } catch (MalformedURLException e) {
            return classUrl;
        }
    }

    private static URL[] toUrls(List<Path> classpath) {
        URL[] urls = new URL[classpath.size()];
        for (int i = 0; i < urls.length; i++) {
            try {
                urls[i] = classpath.get(i).toUri().toURL();
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException("Cannot turn " + classpath.get(i) + " into a URL", e);
            }
        }
        return urls;
    }
}
