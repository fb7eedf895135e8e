package dev.lambdaharness.events.json;

/**
 * Test code compiled with Jackson, as a project's test is, whose own signature names no Jackson
 * type: {@link JacksonTreesWithoutJacksonTest} runs it where Jackson is absent.
 */
public final class TreeReader {

    private TreeReader() {
    }

    /** Reads JSON as the project's tree, typed as {@code Object} so that calling this needs no Jackson. */
    public static Object read(byte[] json) {
        return JacksonTrees.read(json);
    }
}
