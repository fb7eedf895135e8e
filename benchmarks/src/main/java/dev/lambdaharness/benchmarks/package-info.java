/**
 * JMH benchmarks of Lambda Harness against the performance budgets of its design: warm invoke
 * against a no-harness floor, cold starts, and a suite of fresh environments. Each class says how
 * to run it; {@code BENCHMARKS.md} at the repository root has the latest results.
 */
package dev.lambdaharness.benchmarks;
