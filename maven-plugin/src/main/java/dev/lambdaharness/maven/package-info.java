/**
 * The {@code lambda-harness} Maven plugin: {@code prepare} hands the function's exact code to the
 * tests; the conformance and cold-start suites run in {@code mvn verify}.
 */
package dev.lambdaharness.maven;
