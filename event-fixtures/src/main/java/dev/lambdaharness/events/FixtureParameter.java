package dev.lambdaharness.events;

import java.util.Objects;

/**
 * A parameter of a built-in fixture: the value the fixture file holds, and what it stands for.
 * Set it with {@link EventFixture#with(String, String)}.
 *
 * @param name the parameter's name, such as {@code queue} or {@code body}
 * @param defaultValue the value the fixture file holds
 * @param description what the parameter is
 */
public record FixtureParameter(String name, String defaultValue, String description) {

    /** Checks that no part is null. */
    public FixtureParameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(defaultValue, "defaultValue");
        Objects.requireNonNull(description, "description");
    }
}
