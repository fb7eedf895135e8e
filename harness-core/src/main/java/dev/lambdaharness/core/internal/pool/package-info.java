/** A function's versions, aliases and pools of environments, and what they count against. */
package dev.lambdaharness.core.internal.pool;
