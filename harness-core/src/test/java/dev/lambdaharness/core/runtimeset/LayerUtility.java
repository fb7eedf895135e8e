package dev.lambdaharness.core.runtimeset;

/** A class that reaches a function only through a shaded layer jar. */
public final class LayerUtility {

    private LayerUtility() {
    }

    /** What a function that has the layer answers. */
    public static String greeting() {
        return "from the layer";
    }
}
