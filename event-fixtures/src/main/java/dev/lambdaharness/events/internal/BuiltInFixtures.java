package dev.lambdaharness.events.internal;

import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fixtures this module ships: one directory per service under {@link #ROOT}, each with an
 * {@code index.json} that describes every payload file beside it. The directories are found by
 * listing this module's own jar or class folder, so it works from a jar as well as from a build.
 */
public final class BuiltInFixtures {

    /** The class path folder of the built-in fixtures. */
    public static final String ROOT = "dev/lambdaharness/events/fixtures/";

    private static volatile BuiltInFixtures instance;

    private final Map<String, FixtureDefinition> definitions;
    private final Map<String, URL> folders;
    private final Map<String, byte[]> payloads = new ConcurrentHashMap<>();

    private BuiltInFixtures(Map<String, FixtureDefinition> definitions, Map<String, URL> folders) {
        this.definitions = Collections.unmodifiableMap(definitions);
        this.folders = folders;
    }

    /**
     * @return the catalogue, read on first use
     * @throws IllegalStateException when an index file is bad, naming it and the fix
     */
    public static BuiltInFixtures instance() {
        BuiltInFixtures catalogue = instance;
        if (catalogue == null) {
            synchronized (BuiltInFixtures.class) {
                catalogue = instance;
                if (catalogue == null) {
                    catalogue = read();
                    instance = catalogue;
                }
            }
        }
        return catalogue;
    }

    /** @return every built-in fixture's definition, sorted by id */
    public Map<String, FixtureDefinition> definitions() {
        return definitions;
    }

    public Optional<FixtureDefinition> definition(String id) {
        return Optional.ofNullable(definitions.get(id));
    }

    /** @return the services that have fixtures, sorted */
    public Set<String> services() {
        Set<String> services = new TreeSet<>();
        definitions.values().forEach(d -> services.add(d.service()));
        return services;
    }

    /** @return the payload file's bytes */
    public byte[] payload(FixtureDefinition definition) {
        return payloads.computeIfAbsent(definition.id(), id -> ClasspathFolders.read(folders.get(definition.service()),
                id.substring(id.indexOf('/') + 1) + ".json")).clone();
    }

    private static BuiltInFixtures read() {
        Map<String, FixtureDefinition> definitions = new TreeMap<>();
        Map<String, URL> folders = new LinkedHashMap<>();
        for (URL root : roots()) {
            for (String child : ClasspathFolders.children(root)) {
                if (!child.endsWith("/") || folders.containsKey(child.substring(0, child.length() - 1))) {
                    continue;
                }
                String service = child.substring(0, child.length() - 1);
                URL folder = ClasspathFolders.child(root, child);
                folders.put(service, folder);
                for (FixtureDefinition definition : service(service, folder)) {
                    definitions.put(definition.id(), definition);
                }
            }
        }
        return new BuiltInFixtures(definitions, folders);
    }

    private static List<FixtureDefinition> service(String service, URL folder) {
        List<String> files = ClasspathFolders.children(folder);
        String index = ROOT + service + "/index.json";
        if (!files.contains("index.json")) {
            throw new IllegalStateException("The fixture directory " + ROOT + service + " has no index.json. Fix: add one that "
                    + "describes its fixtures (the format is in docs/fixtures.md).");
        }
        List<FixtureDefinition> definitions = FixtureIndex.parse(index, ClasspathFolders.read(folder, "index.json"), service);
        Set<String> described = new TreeSet<>();
        for (FixtureDefinition definition : definitions) {
            String file = definition.id().substring(service.length() + 1) + ".json";
            if (!files.contains(file)) {
                throw new IllegalStateException("Bad fixture index " + index + ": fixture " + definition.id() + " has no payload file "
                        + ROOT + definition.id() + ".json. Fix: add the file, or remove the entry.");
            }
            described.add(file);
        }
        List<String> undescribed = new ArrayList<>();
        for (String file : files) {
            if (file.endsWith(".json") && !file.equals("index.json") && !described.contains(file)) {
                undescribed.add(file);
            }
        }
        if (!undescribed.isEmpty()) {
            throw new IllegalStateException("Bad fixture index " + index + ": it does not describe " + undescribed
                    + ". Fix: add an entry for each (the format is in docs/fixtures.md), or remove the files.");
        }
        return definitions;
    }

    /** This module's own fixture folder, or where the class loader finds fixture folders when that cannot be told. */
    private static List<URL> roots() {
        URL own = ownRoot();
        if (own != null && !ClasspathFolders.children(own).isEmpty()) {
            return List.of(own);
        }
        ClassLoader loader = BuiltInFixtures.class.getClassLoader();
        return ClasspathFolders.roots(ROOT, loader != null ? loader : ClassLoader.getSystemClassLoader());
    }

    private static URL ownRoot() {
        CodeSource source = BuiltInFixtures.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null || !source.getLocation().getProtocol().equals("file")) {
            return null;
        }
        try {
            URL location = source.getLocation();
            Path path = Path.of(location.toURI());
            if (Files.isDirectory(path)) {
                return path.resolve(ROOT).toUri().toURL();
            }
            if (Files.isRegularFile(path)) {
                return new URL("jar:" + path.toUri() + "!/" + ROOT);
            }
            return null;
        } catch (URISyntaxException | MalformedURLException | IllegalArgumentException e) {
            return null;
        }
    }
}
