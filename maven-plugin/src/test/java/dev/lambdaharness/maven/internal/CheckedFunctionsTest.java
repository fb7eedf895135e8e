package dev.lambdaharness.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lambdaharness.maven.CheckedFunction;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckedFunctionsTest {

    @TempDir
    Path basedir;

    @Test
    void anEventThatIsNeitherAFileNorAFixtureIsRefusedNamingTheFunctionAndTheSetting() throws Exception {
        CheckedFunction function = new CheckedFunction();
        set(function, "handler", "com.example.Hello::handleRequest");
        set(function, "events", List.of("events/none.json"));
        List<Path> projectCode = List.of(Files.createDirectories(basedir.resolve("target/classes")));

        assertThatThrownBy(() -> CheckedFunctions.resolve(List.of(function), basedir, projectCode))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Function Hello <events> item events/none.json is neither a file under " + basedir
                        + " nor an event fixture: ")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    /** A setting as Maven configures it: by its field, on CheckedFunction or on DeclaredFunction. */
    private static void set(CheckedFunction function, String name, Object value) throws ReflectiveOperationException {
        Field field;
        try {
            field = CheckedFunction.class.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            field = CheckedFunction.class.getSuperclass().getDeclaredField(name);
        }
        field.setAccessible(true);
        field.set(function, value);
    }
}
