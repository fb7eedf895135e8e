/**
 * What the runtime's unit tests need to run handlers without a runtime around them: a function
 * class loader over the test handlers, an invocation context, and the stack frames a handler throws
 * from. Outside {@code dev.lambdaharness.core.internal}, so none of its frames is taken for the
 * runtime's when a trace is cut.
 */
package dev.lambdaharness.testing;
