/**
 * What a runtime decides before it deploys a function: whether the function can run on this
 * machine in the isolation asked for ({@link dev.lambdaharness.core.internal.policy.PlacementPolicy}),
 * what to warn about, and the rule every way of setting a timeout scale is held to.
 */
package dev.lambdaharness.core.internal.policy;
