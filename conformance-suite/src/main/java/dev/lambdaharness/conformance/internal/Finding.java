package dev.lambdaharness.conformance.internal;

import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.SourceCodeLocation;

/**
 * What a check found in one code unit on the invocation path.
 *
 * @param what what the code does, as a message says it: {@code creates an AWS SDK client with ...}
 * @param where the code unit that does it
 * @param location the source line, {@code (File.java:12)}
 */
record Finding(String what, JavaCodeUnit where, SourceCodeLocation location) {
}
