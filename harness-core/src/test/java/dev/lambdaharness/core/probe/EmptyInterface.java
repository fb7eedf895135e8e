package dev.lambdaharness.core.probe;

/** No public method at all (an interface does not list Object's methods). */
public interface EmptyInterface {
}
