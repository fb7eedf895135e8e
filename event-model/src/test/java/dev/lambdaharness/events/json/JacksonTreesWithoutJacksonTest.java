package dev.lambdaharness.events.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * jackson-databind is optional: a project without it that still reaches for a {@code JsonNode}
 * (code compiled with Jackson, run without it) gets one message naming the artifact to add.
 */
class JacksonTreesWithoutJacksonTest {

    @Test
    void aTreeAskedForWithoutJacksonNamesTheArtifactToAdd() throws Exception {
        URL eventModel = JacksonTrees.class.getProtectionDomain().getCodeSource().getLocation();
        URL testClasses = TreeReader.class.getProtectionDomain().getCodeSource().getLocation();
        try (URLClassLoader withoutJackson = new URLClassLoader(new URL[] {eventModel, testClasses},
                ClassLoader.getPlatformClassLoader())) {
            assertThat(catchThrowable(() -> withoutJackson.loadClass("com.fasterxml.jackson.databind.JsonNode")))
                    .as("Jackson must be absent from this loader").isInstanceOf(ClassNotFoundException.class);
            Class<?> reader = withoutJackson.loadClass(TreeReader.class.getName());

            Throwable thrown = catchThrowable(() -> reader.getMethod("read", byte[].class)
                    .invoke(null, (Object) "{}".getBytes(StandardCharsets.UTF_8)));

            assertThat(thrown).isInstanceOf(InvocationTargetException.class);
            assertThat(thrown.getCause()).isInstanceOf(IllegalStateException.class)
                    .hasMessage("A Jackson JsonNode was asked for, and Jackson is not on the class path"
                            + " (com/fasterxml/jackson/databind/ObjectMapper). Add com.fasterxml.jackson.core:jackson-databind"
                            + " (2.10 or newer) with test scope, or read the payload as a string or bytes.");
        }
    }
}
