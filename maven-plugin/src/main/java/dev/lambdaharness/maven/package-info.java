/**
 * The {@code lambda-harness} Maven plugin: runs the conformance and cold-start suites in
 * {@code mvn verify}.
 */
package dev.lambdaharness.maven;
