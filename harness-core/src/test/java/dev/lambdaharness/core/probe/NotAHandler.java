package dev.lambdaharness.core.probe;

/** Implements no handler interface. */
public class NotAHandler {
    public String handle(String input) {
        return input;
    }
}
