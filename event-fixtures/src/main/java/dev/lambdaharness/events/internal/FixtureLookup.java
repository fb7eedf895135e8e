package dev.lambdaharness.events.internal;

import java.net.URL;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Finds fixtures by id and folder: built-in ones in the catalogue, a user's own as class path
 * resources, in directories and jars alike.
 */
public final class FixtureLookup {

    private static final int SUGGESTIONS = 3;

    private FixtureLookup() {
    }

    /** @return the built-in fixture with that id, also when it is named by its resource path */
    public static Optional<FixtureContent> builtIn(String id) {
        String name = id.startsWith(BuiltInFixtures.ROOT) && id.endsWith(".json")
                ? id.substring(BuiltInFixtures.ROOT.length(), id.length() - ".json".length())
                : id;
        BuiltInFixtures catalogue = BuiltInFixtures.instance();
        return catalogue.definition(name).map(definition -> FixtureContent.of(definition, catalogue.payload(definition)));
    }

    /** @return the built-in fixtures of one service, sorted by id; empty when there is no such service */
    public static List<FixtureContent> service(String service) {
        BuiltInFixtures catalogue = BuiltInFixtures.instance();
        return catalogue.definitions().values().stream()
                .filter(definition -> definition.service().equals(service))
                .map(definition -> FixtureContent.of(definition, catalogue.payload(definition)))
                .toList();
    }

    /** @return every built-in fixture, sorted by id */
    public static List<FixtureContent> catalogue() {
        BuiltInFixtures catalogue = BuiltInFixtures.instance();
        return catalogue.definitions().values().stream()
                .map(definition -> FixtureContent.of(definition, catalogue.payload(definition)))
                .toList();
    }

    /** @return the resource {@code <id>.json} (or {@code <id>} when it ends in .json) of the first loader that has it */
    public static Optional<FixtureContent> resource(String id, List<ClassLoader> loaders) {
        String resource = resourceName(id);
        for (ClassLoader loader : loaders) {
            URL url = loader.getResource(resource);
            if (url != null) {
                String fixtureId = resource.substring(0, resource.length() - ".json".length());
                return Optional.of(FixtureContent.of(FixtureDefinition.user(fixtureId, resource), ClasspathFolders.read(url)));
            }
        }
        return Optional.empty();
    }

    /**
     * @return every {@code *.json} but {@code index.json} directly in the folder, by file name, from
     *     the first loader that has the folder (a name in two roots: the first root's); empty when
     *     no loader has the folder
     */
    public static Optional<List<FixtureContent>> folder(String folder, List<ClassLoader> loaders) {
        String name = trimSlashes(folder);
        String builtInRoot = trimSlashes(BuiltInFixtures.ROOT);
        if (name.startsWith(builtInRoot + "/") && BuiltInFixtures.instance().services().contains(name.substring(builtInRoot.length() + 1))) {
            return Optional.of(service(name.substring(builtInRoot.length() + 1)));
        }
        for (ClassLoader loader : loaders) {
            List<URL> roots = ClasspathFolders.roots(name, loader);
            if (roots.isEmpty()) {
                continue;
            }
            Map<String, URL> files = new TreeMap<>();
            for (URL root : roots) {
                for (String child : ClasspathFolders.children(root)) {
                    if (child.endsWith(".json") && !child.equals("index.json")) {
                        files.putIfAbsent(child, root);
                    }
                }
            }
            List<FixtureContent> fixtures = new ArrayList<>();
            files.forEach((file, root) -> {
                String resource = name + "/" + file;
                fixtures.add(FixtureContent.of(FixtureDefinition.user(resource.substring(0, resource.length() - ".json".length()), resource),
                        ClasspathFolders.read(root, file)));
            });
            return Optional.of(fixtures);
        }
        return Optional.empty();
    }

    /** @return the message for an id that is neither built in nor a resource */
    public static String notFound(String id, String where) {
        return notFound(id, where, BuiltInFixtures.instance().definitions().keySet());
    }

    static String notFound(String id, String where, Collection<String> builtInIds) {
        String typed = id.endsWith(".json") ? id.substring(0, id.length() - ".json".length()) : id;
        List<String> nearest = NearestIds.nearest(typed, builtInIds, SUGGESTIONS);
        return "No event fixture \"" + id + "\": it is not a built-in fixture, and no class path resource " + resourceName(id)
                + " was found through " + where + "." + (nearest.isEmpty() ? "" : " Did you mean " + or(nearest) + "?")
                + " The built-in fixtures are listed by EventFixtures.catalogue() and in docs/events.md.";
    }

    /** @return the message for a folder that no class path root has */
    public static String folderNotFound(String folder, String where) {
        return "No class path folder \"" + trimSlashes(folder) + "\" was found through " + where
                + ". Put the fixture files under src/test/resources/" + trimSlashes(folder)
                + " (or in a jar on the test class path), or use EventFixtures.service(name) for the built-in ones "
                + BuiltInFixtures.instance().services() + ".";
    }

    /** @return the message for an unknown built-in service */
    public static String serviceNotFound(String service) {
        List<String> nearest = NearestIds.nearest(service, BuiltInFixtures.instance().services(), SUGGESTIONS);
        return "No built-in fixtures for the service \"" + service + "\"." + (nearest.isEmpty() ? "" : " Did you mean " + or(nearest) + "?")
                + " The services are " + String.join(", ", BuiltInFixtures.instance().services()) + ".";
    }

    private static String or(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }

    private static String resourceName(String id) {
        String name = id.startsWith("/") ? id.substring(1) : id;
        return name.endsWith(".json") ? name : name + ".json";
    }

    private static String trimSlashes(String folder) {
        String name = folder;
        while (name.startsWith("/")) {
            name = name.substring(1);
        }
        while (name.endsWith("/")) {
            name = name.substring(0, name.length() - 1);
        }
        return name;
    }
}
