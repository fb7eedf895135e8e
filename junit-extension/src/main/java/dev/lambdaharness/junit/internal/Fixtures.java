package dev.lambdaharness.junit.internal;

import dev.lambdaharness.events.EventFixture;
import dev.lambdaharness.events.EventFixtures;
import dev.lambdaharness.events.EventPayload;
import java.util.List;
import java.util.function.Function;

/** Loads fixtures and turns them into the type a test declares, with messages that name the place. */
final class Fixtures {

    private Fixtures() {
    }

    /**
     * A fixture with its parameters set.
     *
     * @param where what the message names when something is wrong, such as the annotation and parameter
     * @param error how to raise a failure with a message
     */
    static EventFixture load(String id, String[] parameters, String where, Function<String, RuntimeException> error) {
        try {
            return withParameters(EventFixtures.get(id), parameters, where, error);
        } catch (IllegalArgumentException e) {
            throw error.apply(where + ": " + e.getMessage());
        }
    }

    static List<EventFixture> folder(String folder, String where, Function<String, RuntimeException> error) {
        try {
            return EventFixtures.folder(folder);
        } catch (IllegalArgumentException e) {
            throw error.apply(where + ": " + e.getMessage());
        }
    }

    static EventFixture withParameters(EventFixture fixture, String[] parameters, String where,
            Function<String, RuntimeException> error) {
        EventFixture changed = fixture;
        for (String parameter : parameters) {
            int equals = parameter.indexOf('=');
            if (equals <= 0) {
                throw error.apply(where + ": parameter '" + parameter + "' is not name=value. Write it as, for"
                        + " example, \"body=hello\".");
            }
            try {
                changed = changed.with(parameter.substring(0, equals).trim(), parameter.substring(equals + 1));
            } catch (IllegalArgumentException e) {
                throw error.apply(where + ": " + e.getMessage());
            }
        }
        return changed;
    }

    /** The fixture in the declared type: the fixture itself, or read as the Lambda runtime reads it. */
    static Object convert(EventFixture fixture, Class<?> type, String where, Function<String, RuntimeException> error) {
        if (type.isInstance(fixture) && (type == EventFixture.class || type == EventPayload.class)) {
            return fixture;
        }
        try {
            return type == Object.class ? fixture.typed() : fixture.as(type);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw error.apply(where + ": " + e.getMessage());
        }
    }
}
