package dev.lambdaharness.core.probe;

/** Gson writes fields (private ones too); Jackson writes properties. */
public class Shape {
    private final String hidden = "field only";
    private final String missing = null;
    private final String name = "square";

    public String getName() {
        return name;
    }

    @Override
    public String toString() {
        return hidden + missing;
    }
}
