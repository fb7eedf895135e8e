/**
 * The harness's own runtime client, run in a forked child where the RIC's native client does not
 * exist (or when asked for): {@link dev.lambdaharness.core.internal.forked.client.ClientBoot} is
 * the child's main class, {@link dev.lambdaharness.core.internal.forked.client.HarnessRuntime} the
 * runtime loop. See {@code docs/forked.md}.
 */
package dev.lambdaharness.core.internal.forked.client;
