/**
 * The rules' implementation: handler discovery, the call graph, ASM reading of class files and
 * the conditions. Internal: users must not import this package; use
 * {@link dev.lambdaharness.conformance.LambdaRules}.
 */
package dev.lambdaharness.conformance.internal;
