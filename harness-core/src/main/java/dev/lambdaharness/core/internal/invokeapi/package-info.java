/**
 * Lambda's Invoke API (version 2015-03-31) on loopback: the server the AWS SDK's
 * {@code LambdaClient} talks to, with the paths, headers, status codes and error documents of the
 * service, in front of a {@code LambdaRuntime}'s functions.
 *
 * <p>Internal: users must not import this package.
 */
package dev.lambdaharness.core.internal.invokeapi;
