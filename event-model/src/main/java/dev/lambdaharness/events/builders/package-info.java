/**
 * The event builders {@link dev.lambdaharness.events.Events} hands out: one immutable builder per
 * event source, each producing an {@link dev.lambdaharness.events.EventPayload} as the source
 * delivers it.
 */
package dev.lambdaharness.events.builders;
