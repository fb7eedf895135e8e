/**
 * The runtime's own libraries, {@code /var/runtime/lib} on Lambda: the runtime interface client,
 * aws-lambda-java-core and aws-lambda-java-serialization of one documented runtime set, carried
 * inside lambda-harness-core ({@link dev.lambdaharness.core.internal.runtimeset.RuntimeSet}), and
 * the class loader that keeps the harness's runtime-side classes with them
 * ({@link dev.lambdaharness.core.internal.runtimeset.RuntimeSide}), so that nothing on the test
 * class path or in a function's code replaces them.
 *
 * <p>Internal: users must not import this package.
 */
package dev.lambdaharness.core.internal.runtimeset;
