/** Tasks due at instants of a runtime's clock. */
package dev.lambdaharness.core.internal.clock;
