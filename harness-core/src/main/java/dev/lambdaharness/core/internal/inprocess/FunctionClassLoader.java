package dev.lambdaharness.core.internal.inprocess;

import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;

/**
 * The class loader of one in-process execution environment, like the runtime's
 * {@code CustomerClassLoader}: the function's code in Lambda's search order, parent-first over the
 * runtime's libraries. A new loader per environment is what makes a cold start run static
 * initialisers again.
 */
final class FunctionClassLoader extends URLClassLoader {

    static {
        registerAsParallelCapable();
    }

    FunctionClassLoader(List<Path> classpath) {
        // Unnamed on purpose: a named loader prefixes its name to every StackTraceElement.toString(),
        // and error documents carry those strings; the runtime's CustomerClassLoader has no name.
        super(toUrls(classpath), RuntimeLibrariesLoader.instance());
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
