/**
 * Probes of handler resolution: small handlers that each exercise one rule of the RIC's handler
 * loader (signatures, type parameters, constructors, serialisers, error documents), for the tests
 * of {@code dev.lambdaharness.core.internal.handler}. A probe exists only where no handler of the
 * differential corpus ({@code dev.lambdaharness.core.corpus}) has the shape a test needs; those
 * tests load corpus handlers too. {@link dev.lambdaharness.testing.ProbeFunctionLoader} loads both
 * packages child-first, a fresh copy per environment.
 *
 * <p>A test that asserts a stack trace computes the expected frames with
 * {@link dev.lambdaharness.testing.HandlerFrames}, so these files can be edited freely.
 */
package dev.lambdaharness.core.probe;
