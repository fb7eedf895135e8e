package dev.lambdaharness.core.internal.forked.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The function's class loader, built as the runtime interface client builds it: the task root,
 * then its {@code lib/*.jar}, then {@code /opt/java/lib/*.jar}, each folder's jars sorted by name;
 * parent-first, under the system class loader (which holds the runtime's libraries), unnamed.
 */
final class FunctionClassPath {

    private FunctionClassPath() {
    }

    static ClassLoader loader(Path taskRoot, Path optRoot) {
        return new URLClassLoader(urls(taskRoot, optRoot).toArray(URL[]::new), ClassLoader.getSystemClassLoader());
    }

    static List<URL> urls(Path taskRoot, Path optRoot) {
        List<URL> urls = new ArrayList<>();
        try {
            urls.add(new URL("file", null, -1, taskRoot + "/"));
            urls.addAll(jars(taskRoot.resolve("lib")));
            urls.addAll(jars(optRoot.resolve("lib")));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the function's jars under " + taskRoot + ": " + e.getMessage(), e);
        }
        return urls;
    }

    private static List<URL> jars(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        List<URL> jars = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            List<String> names = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.length() > 4 && name.endsWith(".jar"))
                    .sorted()
                    .toList();
            for (String name : names) {
                jars.add(new URL("file", null, -1, directory + "/" + name));
            }
        }
        return jars;
    }
}
