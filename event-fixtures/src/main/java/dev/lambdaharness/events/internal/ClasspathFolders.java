package dev.lambdaharness.events.internal;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.URLConnection;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Lists and reads class path folders in directories and jars alike. ({@code Paths.get(url.toURI())}
 * works only for directories: in a jar it throws {@code FileSystemNotFoundException}.) Jar files
 * are opened without the JDK's URL cache, so no file stays open after a listing.
 */
final class ClasspathFolders {

    private ClasspathFolders() {
    }

    /**
     * @param folder a class path folder, such as {@code events/orders}
     * @return the URL of that folder in every class path root that has it, in class path order
     */
    static List<URL> roots(String folder, ClassLoader loader) {
        String name = folder.endsWith("/") ? folder : folder + "/";
        try {
            List<URL> urls = new ArrayList<>();
            for (Enumeration<URL> found = loader.getResources(name); found.hasMoreElements();) {
                urls.add(withSlash(found.nextElement()));
            }
            if (urls.isEmpty()) {
                // A directory on disk is found without the slash on some class loaders.
                for (Enumeration<URL> found = loader.getResources(folder); found.hasMoreElements();) {
                    urls.add(withSlash(found.nextElement()));
                }
            }
            if (urls.isEmpty()) {
                urls.addAll(jarsWithEntriesUnder(name, loader));
            }
            return urls;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot look for the class path folder " + folder, e);
        }
    }

    /**
     * A jar written without directory entries has files under a folder but no entry for the folder
     * itself, so class loaders do not find the folder. The jars of URL class loaders and of the
     * class path are searched for such files instead.
     */
    private static List<URL> jarsWithEntriesUnder(String prefix, ClassLoader loader) throws IOException {
        Set<Path> jars = new LinkedHashSet<>();
        for (ClassLoader l = loader; l != null; l = l.getParent()) {
            if (l instanceof URLClassLoader urls) {
                for (URL url : urls.getURLs()) {
                    addJar(jars, url);
                }
            }
            if (l == ClassLoader.getSystemClassLoader()) {
                for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
                    if (entry.endsWith(".jar")) {
                        jars.add(Path.of(entry).toAbsolutePath());
                    }
                }
            }
        }
        List<URL> roots = new ArrayList<>();
        for (Path jar : jars) {
            if (Files.isRegularFile(jar) && hasEntryUnder(jar, prefix)) {
                roots.add(new URL("jar:" + jar.toUri() + "!/" + prefix));
            }
        }
        return roots;
    }

    private static void addJar(Set<Path> jars, URL url) {
        if (url.getProtocol().equals("file") && url.getPath().endsWith(".jar")) {
            try {
                jars.add(Path.of(url.toURI()));
            } catch (URISyntaxException | IllegalArgumentException e) {
                // not a plain file URL: the class loader itself is all we can ask
            }
        }
    }

    private static boolean hasEntryUnder(Path jar, String prefix) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            for (Enumeration<JarEntry> entries = file.entries(); entries.hasMoreElements();) {
                if (entries.nextElement().getName().startsWith(prefix)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** @return the names of a folder's direct children, sorted; sub-folders end with {@code /} */
    static List<String> children(URL folder) {
        try {
            return switch (folder.getProtocol()) {
                case "file" -> directoryChildren(Path.of(folder.toURI()));
                case "jar" -> jarChildren(folder);
                default -> throw new IllegalArgumentException("Cannot list the class path folder " + folder + ": its "
                        + folder.getProtocol() + ": URL is neither a directory nor a jar. Load the fixtures one by one with "
                        + "EventFixtures.get(id) instead.");
            };
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the class path folder " + folder, e);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Cannot list the class path folder " + folder + ": " + e.getMessage(), e);
        }
    }

    /** @return the bytes of a folder's child */
    static byte[] read(URL folder, String name) {
        return read(child(folder, name));
    }

    /** @return the URL of a folder's child */
    static URL child(URL folder, String name) {
        try {
            return new URL(withSlash(folder), name);
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("Cannot name " + name + " in " + folder, e);
        }
    }

    /** @return the bytes behind a URL */
    static byte[] read(URL url) {
        try {
            URLConnection connection = url.openConnection();
            connection.setUseCaches(false);
            try (InputStream in = connection.getInputStream()) {
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + url, e);
        }
    }

    private static List<String> directoryChildren(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.map(p -> p.getFileName().toString() + (Files.isDirectory(p) ? "/" : "")).sorted().toList();
        }
    }

    private static List<String> jarChildren(URL folder) throws IOException {
        String spec = folder.toString();
        int separator = spec.lastIndexOf("!/");
        URL jarRoot = new URL(spec.substring(0, separator + 2));
        String prefix = URLDecoder.decode(spec.substring(separator + 2).replace("+", "%2B"), StandardCharsets.UTF_8);
        JarURLConnection connection = (JarURLConnection) jarRoot.openConnection();
        connection.setUseCaches(false);
        TreeSet<String> names = new TreeSet<>();
        try (JarFile jar = connection.getJarFile()) {
            for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements();) {
                String entry = entries.nextElement().getName();
                if (entry.startsWith(prefix) && entry.length() > prefix.length()) {
                    String rest = entry.substring(prefix.length());
                    int slash = rest.indexOf('/');
                    names.add(slash < 0 ? rest : rest.substring(0, slash + 1));
                }
            }
        }
        return List.copyOf(names);
    }

    private static URL withSlash(URL url) {
        if (url.toString().endsWith("/")) {
            return url;
        }
        try {
            return new URL(url.toString() + "/");
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
