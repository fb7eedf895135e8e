package dev.lambdaharness.events.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Fixtures of this module's tests, described by an index file as the built-in ones are, without being built in. */
public final class TestFixtures {

    private TestFixtures() {
    }

    /** @return the fixture {@code variant} of the test service directory {@code service} */
    public static FixtureContent content(String service, String variant) {
        String folder = "dev/lambdaharness/events/" + service + "/";
        FixtureDefinition definition = FixtureIndex.parse(folder + "index.json", bytes(folder + "index.json"), service).stream()
                .filter(d -> d.id().equals(service + "/" + variant)).findFirst().orElseThrow();
        return FixtureContent.of(definition, bytes(folder + variant + ".json"));
    }

    static byte[] bytes(String resource) {
        try (InputStream in = TestFixtures.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No test resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
