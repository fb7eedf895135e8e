/**
 * A child JVM running a runtime client: the real AWS runtime interface client (RIC), or the
 * harness's own client where the RIC's native client does not run, started as the Lambda
 * java17/java21 managed runtime starts it ({@link dev.lambdaharness.core.internal.child.ChildCommandLine}),
 * against a Runtime API server of its own ({@link dev.lambdaharness.core.internal.child.ChildJvm}).
 * Forked execution environments run on it; the differential corpus's oracle, in the tests, runs the
 * RIC on it too.
 *
 * <p>Internal: users must not import this package.
 */
package dev.lambdaharness.core.internal.child;
