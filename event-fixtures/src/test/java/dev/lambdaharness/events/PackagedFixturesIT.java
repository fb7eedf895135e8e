package dev.lambdaharness.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The module's jar, as users get it, loads its own fixtures: the catalogue is found by listing the
 * jar, and a fixture reads as JSON and as its event class. Runs after {@code package}, with the
 * jar and the libraries it needs (the event model among them; no {@code target/classes} of this
 * module) on a class loader of its own.
 */
class PackagedFixturesIT {

    @Test
    void theJarListsAndLoadsItsFixtures() throws Exception {
        Path jar = Path.of(System.getProperty("fixtures.jar", "target/lambda-harness-events.jar"));
        assertThat(jar).exists();
        Class<?> eventsClass = Class.forName("com.amazonaws.services.lambda.runtime.events.SQSEvent");
        URL[] urls = {
            jar.toUri().toURL(), location(EventPayload.class), location(ObjectMapper.class), location(JsonFactory.class), location(JsonProperty.class),
            location(PojoSerializer.class), location(Context.class), location(eventsClass), location(Class.forName("org.joda.time.DateTime")),
        };
        try (URLClassLoader loader = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader())) {
            Class<?> fixtures = loader.loadClass(EventFixtures.class.getName());
            assertThat(Path.of(fixtures.getProtectionDomain().getCodeSource().getLocation().toURI())).isEqualTo(jar);

            List<?> catalogue = (List<?>) fixtures.getMethod("catalogue").invoke(null);
            List<String> ids = EventFixtures.catalogue().stream().map(EventFixture::id).toList();
            assertThat(catalogue).extracting(f -> call(f, "id")).containsExactlyElementsOf(ids).isNotEmpty();

            Method get = fixtures.getMethod("get", String.class, ClassLoader.class);
            for (EventFixture expected : EventFixtures.catalogue()) {
                Object fixture = get.invoke(null, expected.id(), loader);
                assertThat(call(fixture, "asString")).as(expected.id()).isEqualTo(expected.asString());
                if (expected.typeName().isPresent() && !BuiltInFixturesTest.UNWRITABLE.containsKey(expected.id())) {
                    Object typed = withContextLoader(loader, () -> call(fixture, "typed"));
                    assertThat(typed.getClass().getClassLoader()).as(expected.id()).isSameAs(loader);
                }
            }
        }
        assertThat(Files.size(jar)).isPositive();
    }

    private static Object call(Object target, String method) {
        try {
            return target.getClass().getMethod(method).invoke(target);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(method + " of " + target, e);
        }
    }

    private static Object withContextLoader(ClassLoader loader, Supplier<Object> action) {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return action.get();
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    private static URL location(Class<?> type) throws Exception {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toUri().toURL();
    }
}
