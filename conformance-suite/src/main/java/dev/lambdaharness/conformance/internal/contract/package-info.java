/**
 * The contract checks' implementation: the invocations {@code ConformanceSuite} makes, the
 * comparison of their results, the size and thread checks and the Invoke API recorder. Internal:
 * use {@link dev.lambdaharness.conformance.ConformanceSuite}.
 */
package dev.lambdaharness.conformance.internal.contract;
