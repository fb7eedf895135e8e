/**
 * {@code @LambdaTest}: a JUnit Jupiter extension that boots a faithful Lambda mini-runtime per test.
 *
 * <p>Until the extension arrives, tests can drive {@code dev.lambdaharness.core.LambdaRuntime}
 * directly.
 */
package dev.lambdaharness.junit;
