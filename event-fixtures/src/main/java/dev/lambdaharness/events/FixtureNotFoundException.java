package dev.lambdaharness.events;

/**
 * No fixture or fixture folder has the name a test asked for. The message names it, where it was
 * looked for, and the nearest built-in ids.
 */
public final class FixtureNotFoundException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String name;

    FixtureNotFoundException(String name, String message) {
        super(message);
        this.name = name;
    }

    /** @return the id or folder that was asked for */
    public String name() {
        return name;
    }
}
