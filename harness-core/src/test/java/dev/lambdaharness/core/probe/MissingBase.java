package dev.lambdaharness.core.probe;

/** Hidden from the function class loader in the tests that need a missing class. */
public class MissingBase {
}
