package dev.lambdaharness.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every typed fixture read with an older aws-lambda-java-events ({@code legacyEvents.version},
 * copied into {@code target/legacy-events} by the build) from a class loader of its own, as a
 * function built against it would read it: it deserialises, and its round trip differs from the
 * 3.16.1 one exactly as {@code legacy-events-<version>.json} records, class by class and leaf by leaf.
 */
class LegacyEventsTest {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    private static final String VERSION = System.getProperty("legacyEvents.version", "3.11.0");

    private static URLClassLoader runtime;
    private static URLClassLoader legacy;

    @BeforeAll
    static void loadTheOlderEvents() throws Exception {
        Path directory = Path.of(System.getProperty("legacyEvents.directory", "target/legacy-events"));
        runtime = new URLClassLoader(new URL[] {location(PojoSerializer.class), location(Context.class)}, ClassLoader.getPlatformClassLoader());
        try (Stream<Path> jars = Files.list(directory)) {
            legacy = new URLClassLoader(jars.filter(p -> p.toString().endsWith(".jar")).sorted().map(LegacyEventsTest::url).toArray(URL[]::new), runtime);
        }
        assertThat(legacy.getResource("META-INF/maven/com.amazonaws/aws-lambda-java-events/pom.properties"))
                .as("aws-lambda-java-events %s in %s", VERSION, directory).isNotNull();
        try (InputStream properties = legacy.getResourceAsStream("META-INF/maven/com.amazonaws/aws-lambda-java-events/pom.properties")) {
            assertThat(new String(properties.readAllBytes(), StandardCharsets.UTF_8)).contains("version=" + VERSION);
        }
    }

    @AfterAll
    static void close() throws Exception {
        legacy.close();
        runtime.close();
    }

    @Test
    void everyTypedFixtureReadsWithTheOlderEventsAsRecorded() throws Exception {
        ObjectNode differences = JSON.createObjectNode();
        ObjectNode missing = differences.putObject("classesMissing");
        ObjectNode lostOnly = differences.putObject("lostOnlyIn" + VERSION);
        ObjectNode keptOnly = differences.putObject("keptOnlyIn" + VERSION);
        ObjectNode addedOnly = differences.putObject("addedOnlyIn" + VERSION);
        ObjectNode unreadable = differences.putObject("unreadableIn" + VERSION);
        for (EventFixture fixture : EventFixtures.catalogue()) {
            if (fixture.typeName().isEmpty() || BuiltInFixturesTest.UNWRITABLE.containsKey(fixture.id())) {
                continue;
            }
            Class<?> type;
            try {
                type = legacy.loadClass(fixture.typeName().get());
            } catch (ClassNotFoundException e) {
                missing.put(fixture.id(), fixture.typeName().get());
                continue;
            }
            assertThat(type.getClassLoader()).as("%s comes from %s", type.getName(), VERSION).isSameAs(legacy);
            RoundTripComparison.Result older;
            try {
                older = BuiltInFixturesTest.roundTrip(fixture, type);
            } catch (IllegalArgumentException e) {
                unreadable.put(fixture.id(), rootMessage(e));
                continue;
            }
            RoundTripComparison.Result current = BuiltInFixturesTest.roundTrip(fixture, Class.forName(fixture.typeName().get()));
            record(lostOnly, fixture.id(), difference(older.lost().keySet(), current.lost().keySet()));
            record(keptOnly, fixture.id(), difference(current.lost().keySet(), older.lost().keySet()));
            record(addedOnly, fixture.id(), difference(older.added().keySet(), current.added().keySet()));
        }
        JsonNode recorded;
        try (InputStream file = getClass().getResourceAsStream("legacy-events-" + VERSION + ".json")) {
            recorded = JSON.readTree(file);
        }
        assertThat(differences)
                .as("How reading the fixtures with aws-lambda-java-events %s differs from %s. If a fixture or the library changed, "
                        + "check the difference and record it in event-fixtures/src/test/resources/dev/lambdaharness/events/legacy-events-%s.json:%n%s",
                        VERSION, "3.16.1", VERSION, JSON.writeValueAsString(differences))
                .isEqualTo(recorded);
    }

    /** The library's own words for why it cannot read the payload, without the parser's position. */
    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String message = String.valueOf(root.getMessage());
        int position = message.indexOf("\n at [Source");
        return root.getClass().getSimpleName() + ": " + (position < 0 ? message : message.substring(0, position));
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> difference = new TreeSet<>(a);
        difference.removeAll(b);
        return difference;
    }

    private static void record(ObjectNode node, String id, Set<String> pointers) {
        if (!pointers.isEmpty()) {
            pointers.forEach(node.putArray(id)::add);
        }
    }

    private static URL location(Class<?> type) throws Exception {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toUri().toURL();
    }

    private static URL url(Path path) {
        try {
            return path.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
