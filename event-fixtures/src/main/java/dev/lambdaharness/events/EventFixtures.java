package dev.lambdaharness.events;

import dev.lambdaharness.events.internal.fixtures.FixtureContent;
import dev.lambdaharness.events.internal.fixtures.FixtureLookup;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The event fixtures: the built-in ones (one or more realistic payloads for every Lambda event
 * source, listed in {@code docs/events.md}) and a project's own JSON files on the class path.
 *
 * <pre>{@code
 * EventFixture message = EventFixtures.get("sqs/receive-message").with("body", "hello");
 * EventFixture mine = EventFixtures.get("events/order-created");        // src/test/resources/events/order-created.json
 * List<EventFixture> orders = EventFixtures.folder("events/orders");     // every *.json there, by file name
 * List<EventFixture> queues = EventFixtures.service("sqs");
 * }</pre>
 *
 * <p>Class path folders are read from directories and jars alike.
 */
public final class EventFixtures {

    private static final String CONTEXT_AND_OWN = "the thread context class loader and Lambda Harness's own class loader";
    private static final String GIVEN = "the given class loader";

    private EventFixtures() {
    }

    /**
     * A built-in fixture by id, or else a class path resource {@code <id>.json} or {@code <id>} (a
     * file of any name), looked for through the thread's context class loader, then this module's,
     * or else a file {@code <id>.json} or {@code <id>} by path, relative to the working directory (the
     * project's directory under Maven and Gradle) or absolute, such as SAM's {@code events/event.json}.
     *
     * @param id such as {@code sqs/receive-message} or {@code events/order-created}
     * @return the fixture with its defaults
     * @throws FixtureNotFoundException naming the id, where it was looked for and the nearest built-in ids
     */
    public static EventFixture get(String id) {
        return get(id, defaultLoaders(), CONTEXT_AND_OWN);
    }

    /**
     * As {@link #get(String)}, with a user's own class path resource looked for through {@code loader}
     * only (a file by path is still found).
     *
     * @throws FixtureNotFoundException naming the id, where it was looked for and the nearest built-in ids
     */
    public static EventFixture get(String id, ClassLoader loader) {
        return get(id, List.of(Objects.requireNonNull(loader, "loader")), GIVEN);
    }

    /**
     * Every {@code *.json} file directly in a class path folder (except {@code index.json}), sorted
     * by file name, from directories and jars alike; each fixture's id is its resource path without
     * {@code .json}. A built-in service folder ({@code dev/lambdaharness/events/fixtures/sqs}) gives
     * the built-in fixtures, as {@link #service(String)} does.
     *
     * @param folder such as {@code events/orders}
     * @throws FixtureNotFoundException when no class path root has the folder
     */
    public static List<EventFixture> folder(String folder) {
        return folder(folder, defaultLoaders(), CONTEXT_AND_OWN);
    }

    /**
     * As {@link #folder(String)}, through {@code loader} only.
     *
     * @throws FixtureNotFoundException when no class path root of the loader has the folder
     */
    public static List<EventFixture> folder(String folder, ClassLoader loader) {
        return folder(folder, List.of(Objects.requireNonNull(loader, "loader")), GIVEN);
    }

    /**
     * @param service a built-in service directory, such as {@code sqs} or {@code apigateway}
     * @return its built-in fixtures, sorted by id
     * @throws FixtureNotFoundException for an unknown service, naming the known ones
     */
    public static List<EventFixture> service(String service) {
        List<EventFixture> fixtures = wrap(FixtureLookup.service(Objects.requireNonNull(service, "service")));
        if (fixtures.isEmpty()) {
            throw new FixtureNotFoundException(service, FixtureLookup.serviceNotFound(service));
        }
        return fixtures;
    }

    /** @return every built-in fixture, sorted by id */
    public static List<EventFixture> catalogue() {
        return wrap(FixtureLookup.catalogue());
    }

    private static EventFixture get(String id, List<ClassLoader> loaders, String where) {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("The fixture id is empty. Pass one such as sqs/receive-message.");
        }
        Optional<FixtureContent> content = FixtureLookup.builtIn(id).or(() -> FixtureLookup.resource(id, loaders))
                .or(() -> FixtureLookup.file(id));
        return new EventFixture(content.orElseThrow(() -> new FixtureNotFoundException(id, FixtureLookup.notFound(id, where))));
    }

    private static List<EventFixture> folder(String folder, List<ClassLoader> loaders, String where) {
        Objects.requireNonNull(folder, "folder");
        return wrap(FixtureLookup.folder(folder, loaders)
                .orElseThrow(() -> new FixtureNotFoundException(folder, FixtureLookup.folderNotFound(folder, where))));
    }

    private static List<EventFixture> wrap(List<FixtureContent> contents) {
        return contents.stream().map(EventFixture::new).toList();
    }

    private static List<ClassLoader> defaultLoaders() {
        List<ClassLoader> loaders = new ArrayList<>();
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        if (context != null) {
            loaders.add(context);
        }
        ClassLoader own = EventFixtures.class.getClassLoader();
        if (own != null && own != context) {
            loaders.add(own);
        }
        return loaders;
    }
}
