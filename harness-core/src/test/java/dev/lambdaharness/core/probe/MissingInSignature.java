package dev.lambdaharness.core.probe;

/** Loads, but listing its methods fails when MissingBase is hidden. */
public class MissingInSignature {
    public String handle(String input) {
        return input;
    }

    public void other(MissingBase missing) {
        // only its signature matters
    }
}
