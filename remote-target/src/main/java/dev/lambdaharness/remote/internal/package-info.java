/**
 * The remote target's transport: the AWS SDK's {@code LambdaClient}, registered for
 * {@code ServiceLoader} so that lambda-harness-core invokes {@code Isolation.REMOTE} functions through
 * it without depending on the SDK.
 *
 * <p>Internal: users must not import this package.
 */
package dev.lambdaharness.remote.internal;
