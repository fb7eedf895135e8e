package dev.lambdaharness.core.probe;

/** A record input. */
public record PersonRecord(String name, int age) {
}
