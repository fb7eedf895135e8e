/**
 * The remote target: functions deployed with {@code Isolation.REMOTE} are invoked where they are
 * deployed, through Lambda's Invoke API, by a {@link dev.lambdaharness.core.internal.remote.RemoteTransport}
 * that lambda-harness-remote provides (the AWS SDK's {@code LambdaClient}); the answer and its log
 * tail become the same {@code InvocationResult} a local invocation gives.
 *
 * <p>Internal: users must not import this package.
 */
package dev.lambdaharness.core.internal.remote;
