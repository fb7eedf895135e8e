package dev.lambdaharness.core.internal.runtimeset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.ProtectionDomain;
import java.security.cert.Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The runtime side of the test JVM: the runtime set's aws-lambda-java-core and
 * aws-lambda-java-serialization, and a second definition of the harness's classes that implement
 * or call them (the in-process environment, handler resolution, the call-site hooks, the event
 * serialisers). Both come first, whatever the test class path holds; everything else (the JDK,
 * the harness's test-side API, Jackson, ASM) comes from the harness's own class loader.
 *
 * <p>Unnamed on purpose: a named loader prefixes its name to every {@code StackTraceElement} of its
 * classes, and error documents carry the runtime's frames as strings.
 *
 * <pre>{@code
 * ClassLoader runtimeSide = new RuntimeSideLoader(List.of(core, serialization), harnessLoader);
 * Class<?> context = runtimeSide.loadClass("com.amazonaws.services.lambda.runtime.Context"); // the set's
 * }</pre>
 */
final class RuntimeSideLoader extends URLClassLoader {

    static {
        registerAsParallelCapable();
    }

    /** Packages of the runtime's libraries, looked up in the set's jars before anywhere else. */
    private static final String RUNTIME_PACKAGES = "com.amazonaws.";

    /** The harness's packages whose classes implement or call the runtime's, defined again here. */
    static final List<String> RUNTIME_SIDE_PACKAGES = List.of(
            "dev.lambdaharness.core.internal.inprocess.",
            "dev.lambdaharness.core.internal.handler.",
            "dev.lambdaharness.core.internal.hooks.",
            "dev.lambdaharness.events.serialization.");

    private final ClassLoader harness;
    private final Map<URL, ProtectionDomain> domains = new ConcurrentHashMap<>();

    RuntimeSideLoader(List<Path> runtimeJars, ClassLoader harness) {
        super(toUrls(runtimeJars), harness);
        this.harness = harness;
    }

    static boolean isRuntimeSideHarnessClass(String name) {
        for (String prefix : RUNTIME_SIDE_PACKAGES) {
            if (name.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        synchronized (getClassLoadingLock(name)) {
            Class<?> type = findLoadedClass(name);
            if (type == null) {
                if (isRuntimeSideHarnessClass(name)) {
                    type = defineFromHarness(name);
                } else if (name.startsWith(RUNTIME_PACKAGES)) {
                    try {
                        type = findClass(name);
                    } catch (ClassNotFoundException notInTheSet) {
                        // aws-lambda-java-events and other com.amazonaws libraries belong to the function or the test.
                        type = harness.loadClass(name);
                    }
                } else {
                    type = harness.loadClass(name);
                }
            }
            if (resolve) {
                resolveClass(type);
            }
            return type;
        }
    }

    @Override
    public URL getResource(String name) {
        URL own = findResource(name);
        return own != null ? own : harness.getResource(name);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        List<URL> all = new ArrayList<>(Collections.list(findResources(name)));
        all.addAll(Collections.list(harness.getResources(name)));
        return Collections.enumeration(all);
    }

    private Class<?> defineFromHarness(String name) throws ClassNotFoundException {
        String path = name.replace('.', '/') + ".class";
        URL resource = harness.getResource(path);
        if (resource == null) {
            throw new ClassNotFoundException(name);
        }
        byte[] bytes;
        try (InputStream in = resource.openStream()) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new ClassNotFoundException(name + " could not be read from " + resource + ": " + e.getMessage(), e);
        }
        int lastDot = name.lastIndexOf('.');
        String packageName = name.substring(0, lastDot);
        if (getDefinedPackage(packageName) == null) {
            try {
                definePackage(packageName, null, null, null, null, null, null, null);
            } catch (IllegalArgumentException definedConcurrently) {
                // Another thread defined it between the check and here: nothing to do.
            }
        }
        return defineClass(name, bytes, 0, bytes.length, domainOf(resource, path));
    }

    /** The harness jar's (or class directory's) protection domain, so code sources stay truthful. */
    private ProtectionDomain domainOf(URL resource, String path) {
        String text = resource.toString();
        URL location;
        try {
            location = text.startsWith("jar:") ? new URL(text.substring(4, text.indexOf("!/")))
                    : new URL(text.substring(0, text.length() - path.length()));
        } catch (MalformedURLException e) {
            location = resource;
        }
        return domains.computeIfAbsent(location,
                url -> new ProtectionDomain(new CodeSource(url, (Certificate[]) null), null, this, null));
    }

    private static URL[] toUrls(List<Path> jars) {
        URL[] urls = new URL[jars.size()];
        for (int i = 0; i < urls.length; i++) {
            try {
                urls[i] = jars.get(i).toUri().toURL();
            } catch (MalformedURLException e) {
                throw new UncheckedIOException(e);
            }
        }
        return urls;
    }
}
