package dev.lambdaharness.events.builders;

/** Regexes of the id shapes AWS services write, for {@link JsonMatch}'s {@code re:} values. */
final class Patterns {

    static final String UUID = "re:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";
    static final String MD5 = "re:[0-9a-f]{32}";
    static final String SHA256 = "re:[0-9a-f]{64}";

    private Patterns() {
    }
}
